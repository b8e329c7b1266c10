package org.prawat.api.employee;

import java.time.LocalDate;
import org.prawat.api.RuleViolation;

/** A new record for an employee who has left service; only corrections may still be filed. */
public class CaseFileClosed extends RuleViolation {

    public CaseFileClosed(LocalDate separatedOn) {
        super(
                "case-file.closed",
                "พนักงานพ้นจากตำแหน่งแล้วเมื่อ " + separatedOn + ": บันทึกได้เฉพาะการแก้ไขประวัติเท่านั้น",
                "The employee left service on " + separatedOn + ": only corrections can still be recorded");
    }
}
