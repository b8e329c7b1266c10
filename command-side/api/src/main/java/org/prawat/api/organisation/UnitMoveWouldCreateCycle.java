package org.prawat.api.organisation;

import org.prawat.api.RuleViolation;

/** A unit was to be moved under itself or under one of its own sub-units. */
public class UnitMoveWouldCreateCycle extends RuleViolation {

    public UnitMoveWouldCreateCycle(OrganisationUnitId unitId, OrganisationUnitId newParentId) {
        super(
                "organisation-unit.move-cycle",
                "ย้ายหน่วยงานรหัส " + unitId + " ไปสังกัดหน่วยงานรหัส " + newParentId
                        + " ไม่ได้: หน่วยงานต้นสังกัดใหม่คือตัวเองหรือหน่วยงานในสังกัดของตัวเอง",
                "Organisation unit " + unitId + " cannot move under " + newParentId
                        + ": that is the unit itself or one of its own sub-units");
    }
}
