package org.prawat.api.knowledge;

import org.prawat.api.RuleViolation;
import org.prawat.api.employee.EmployeeId;

/** Knowledge from a post-training report is published by the participant who wrote the report. */
public class AuthorDidNotWriteReport extends RuleViolation {

    public AuthorDidNotWriteReport(EmployeeId author, TrainingReportRef report) {
        super(
                "knowledge.author-not-writer",
                "ผู้เขียน " + author + " ไม่ใช่ผู้เขียนรายงานผลการอบรม " + report.trainingId()
                        + ": ความรู้จากรายงานต้องเผยแพร่โดยผู้เข้าอบรมที่เขียนรายงานนั้น",
                "Author " + author + " did not write the report on training " + report.trainingId()
                        + ": knowledge from a report is published by the participant who wrote it");
    }
}
