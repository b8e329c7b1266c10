package org.prawat.api.training;

import org.prawat.api.RuleViolation;

/** The report for this training was submitted before; a change is a correction. */
public class TrainingReportAlreadySubmitted extends RuleViolation {

    public TrainingReportAlreadySubmitted(TrainingId trainingId) {
        super(
                "training.report-exists",
                "ส่งรายงานผลการอบรม " + trainingId + " แล้ว: การเปลี่ยนแปลงต้องยื่นเป็นการแก้ไขประวัติ",
                "The report on training " + trainingId
                        + " was already submitted: a change must be filed as a correction");
    }
}
