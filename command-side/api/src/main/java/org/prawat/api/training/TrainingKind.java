package org.prawat.api.training;

/** The development methods Thai local administrations use (domain.md). */
public enum TrainingKind {
    /** ปฐมนิเทศ. */
    ORIENTATION,
    /** ฝึกอบรม. */
    TRAINING,
    /** ศึกษาดูงาน. */
    STUDY_VISIT,
    /** ประชุมเชิงปฏิบัติการ. */
    WORKSHOP,
    /** สัมมนา. */
    SEMINAR,
    /** การเรียนรู้ออนไลน์. */
    E_LEARNING
}
