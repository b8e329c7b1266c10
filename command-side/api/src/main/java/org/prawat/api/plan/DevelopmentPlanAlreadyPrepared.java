package org.prawat.api.plan;

import org.prawat.api.RuleViolation;

/** A plan with this id is already in the case file; a new plan needs a new id. */
public class DevelopmentPlanAlreadyPrepared extends RuleViolation {

    public DevelopmentPlanAlreadyPrepared(DevelopmentPlanId planId) {
        super(
                "plan.exists",
                "มีแผนพัฒนารหัส " + planId + " อยู่แล้ว",
                "A development plan with id " + planId + " is already recorded");
    }
}
