package org.prawat.api.organisation;

import org.prawat.api.RuleViolation;

/** A ministry was to be moved: ministries are the top of the tree and sit under nothing. */
public class MinistryCannotMove extends RuleViolation {

    public MinistryCannotMove(OrganisationUnitId unitId) {
        super(
                "organisation-unit.ministry-move",
                "กระทรวง (รหัส " + unitId + ") อยู่บนสุดของโครงสร้างองค์กร จึงย้ายไปสังกัดหน่วยงานอื่นไม่ได้",
                "Ministry " + unitId + " is the top of the organisation tree and cannot move under another unit");
    }
}
