package org.prawat.api.employee;

import org.prawat.api.RuleViolation;

/** A transfer to the unit the employee already works in. */
public class AlreadyInUnit extends RuleViolation {

    public AlreadyInUnit() {
        super(
                "employee.already-in-unit",
                "พนักงานสังกัดหน่วยงานนี้อยู่แล้ว: เลือกหน่วยงานอื่นเพื่อย้าย",
                "The employee already works in this unit: choose another unit to transfer to");
    }
}
