package org.prawat.api.correction;

/** The kinds of record a retraction or a correction request can name; more come with their features. */
public enum RecordKind {
    /** A training (การพัฒนา), named by its training id. */
    TRAINING,
    /** An evaluation (การประเมินผลการปฏิบัติราชการ), named by its evaluation id. */
    EVALUATION
}
