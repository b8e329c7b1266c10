package org.prawat.api.organisation;

import org.prawat.api.RuleViolation;

/** A move to the parent the unit already sits under: there is nothing to record. */
public class UnitAlreadyUnderParent extends RuleViolation {

    public UnitAlreadyUnderParent(OrganisationUnitId parentId) {
        super(
                "organisation-unit.move-unchanged",
                "หน่วยงานสังกัดหน่วยงานรหัส " + parentId + " อยู่แล้ว",
                "The unit already sits under organisation unit " + parentId);
    }
}
