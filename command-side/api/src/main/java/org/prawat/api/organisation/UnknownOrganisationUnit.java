package org.prawat.api.organisation;

import org.prawat.api.RuleViolation;

/** A command named a unit that was never created. */
public class UnknownOrganisationUnit extends RuleViolation {

    public UnknownOrganisationUnit(OrganisationUnitId unitId) {
        super(
                "organisation-unit.unknown",
                "ไม่พบหน่วยงานรหัส " + unitId + " ในโครงสร้างองค์กร",
                "No organisation unit " + unitId + " exists in the organisation tree");
    }
}
