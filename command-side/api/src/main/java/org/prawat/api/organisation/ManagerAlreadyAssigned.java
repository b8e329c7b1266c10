package org.prawat.api.organisation;

import org.prawat.api.RuleViolation;
import org.prawat.api.employee.EmployeeId;

/** The employee to be made manager already manages the unit: there is nothing to record. */
public class ManagerAlreadyAssigned extends RuleViolation {

    public ManagerAlreadyAssigned(EmployeeId managerId) {
        super(
                "organisation-unit.manager-unchanged",
                "บุคลากรรหัส " + managerId + " เป็นผู้บังคับบัญชาของหน่วยงานนี้อยู่แล้ว",
                "Employee " + managerId + " already manages this unit");
    }
}
