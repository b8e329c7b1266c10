package org.prawat.api.correction;

/** The kinds of record a correction, a retraction or a correction request can name. */
public enum RecordKind {
    /** A training (การพัฒนา), named by its training id. */
    TRAINING,
    /** An evaluation (การประเมินผลการปฏิบัติราชการ), named by its evaluation id. */
    EVALUATION,
    /** A commendation (ความดีความชอบ) of any kind, named by its commendation id. */
    COMMENDATION
}
