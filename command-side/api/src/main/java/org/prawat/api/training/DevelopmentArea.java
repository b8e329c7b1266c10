package org.prawat.api.training;

/** The five development areas of a personnel development plan (seed 003). */
public enum DevelopmentArea {
    /** ความรู้ทั่วไป. */
    GENERAL_KNOWLEDGE,
    /** ความรู้และทักษะเฉพาะของงาน. */
    JOB_SPECIFIC,
    /** ด้านการบริหาร. */
    MANAGEMENT,
    /** ด้านคุณสมบัติส่วนตัว. */
    PERSONAL_QUALITIES,
    /** ด้านคุณธรรม จริยธรรม. */
    ETHICS
}
