package org.prawat.api.knowledge;

import org.prawat.api.RuleViolation;

/** The named post-training report was never submitted, or its training was retracted since. */
public class UnknownTrainingReport extends RuleViolation {

    public UnknownTrainingReport(TrainingReportRef report) {
        super(
                "knowledge.unknown-report",
                "ไม่พบรายงานผลการอบรม " + report.trainingId() + " ในแฟ้มประวัติของ " + report.employeeId()
                        + " (ยังไม่ได้ส่งรายงาน หรือการอบรมถูกเพิกถอนแล้ว)",
                "No report on training " + report.trainingId() + " stands in the case file of " + report.employeeId()
                        + " (never submitted, or the training was retracted)");
    }
}
