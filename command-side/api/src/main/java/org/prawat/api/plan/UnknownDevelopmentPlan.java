package org.prawat.api.plan;

import org.prawat.api.RuleViolation;

/** A command names a development plan that is not in this case file. */
public class UnknownDevelopmentPlan extends RuleViolation {

    public UnknownDevelopmentPlan(DevelopmentPlanId planId) {
        super(
                "plan.unknown",
                "ไม่พบแผนพัฒนารหัส " + planId + " ในแฟ้มประวัตินี้",
                "No development plan " + planId + " is recorded in this case file");
    }
}
