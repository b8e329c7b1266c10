package org.prawat.api.plan;

import org.prawat.api.RuleViolation;

/** The activity id is used twice in one plan, or was used before in it (dropped activities included). */
public class DuplicatePlannedActivity extends RuleViolation {

    public DuplicatePlannedActivity(PlannedActivityId activityId) {
        super(
                "plan.duplicate-activity",
                "มีกิจกรรมรหัส " + activityId + " ในแผนนี้แล้ว",
                "The plan already has an activity with id " + activityId);
    }
}
