package org.prawat.api.employee;

import org.prawat.api.RuleViolation;

/** A command named an employee who has no case file. */
public class UnknownEmployee extends RuleViolation {

    public UnknownEmployee(EmployeeId employeeId) {
        super(
                "employee.unknown",
                "ไม่พบแฟ้มประวัติของบุคลากรรหัส " + employeeId,
                "No employee " + employeeId + " has a case file");
    }
}
