package org.prawat.api.organisation;

import org.prawat.api.RuleViolation;

/** A unit other than a ministry was to be created without a parent unit to sit under. */
public class MissingParentUnit extends RuleViolation {

    public MissingParentUnit() {
        super(
                "organisation-unit.parent-missing",
                "กรุณาเลือกหน่วยงานต้นสังกัด: มีเพียงกระทรวงเท่านั้นที่ไม่มีหน่วยงานต้นสังกัด",
                "Choose a parent unit: every unit except a ministry sits under one");
    }
}
