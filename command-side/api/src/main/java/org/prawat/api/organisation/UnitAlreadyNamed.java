package org.prawat.api.organisation;

import org.prawat.api.RuleViolation;

/** A rename to the name the unit already has: there is nothing to record. */
public class UnitAlreadyNamed extends RuleViolation {

    public UnitAlreadyNamed(String name) {
        super(
                "organisation-unit.rename-unchanged",
                "หน่วยงานใช้ชื่อ " + name + " อยู่แล้ว",
                "The unit is already named " + name);
    }
}
