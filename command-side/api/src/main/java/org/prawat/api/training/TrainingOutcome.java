package org.prawat.api.training;

/** How the participant finished. */
public enum TrainingOutcome {
    /** ผ่านการอบรม (with a certificate where one is issued). */
    PASSED,
    /** เข้าร่วม, where the course has no assessment. */
    ATTENDED,
    /** ไม่ผ่าน. */
    NOT_PASSED
}
