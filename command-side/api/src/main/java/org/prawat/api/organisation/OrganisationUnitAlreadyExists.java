package org.prawat.api.organisation;

import org.prawat.api.RuleViolation;

/** A unit with this id was created before. */
public class OrganisationUnitAlreadyExists extends RuleViolation {

    public OrganisationUnitAlreadyExists(OrganisationUnitId unitId) {
        super(
                "organisation-unit.exists",
                "มีหน่วยงานรหัส " + unitId + " อยู่แล้ว",
                "Organisation unit " + unitId + " already exists");
    }
}
