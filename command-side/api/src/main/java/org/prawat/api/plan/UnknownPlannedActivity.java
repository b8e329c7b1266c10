package org.prawat.api.plan;

import org.prawat.api.RuleViolation;

/** A command names an activity that the plan does not have. */
public class UnknownPlannedActivity extends RuleViolation {

    public UnknownPlannedActivity(DevelopmentPlanId planId, PlannedActivityId activityId) {
        super(
                "plan.unknown-activity",
                "ไม่พบกิจกรรมรหัส " + activityId + " ในแผนพัฒนา " + planId,
                "Development plan " + planId + " has no activity " + activityId);
    }
}
