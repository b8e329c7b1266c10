package org.prawat.api.plan;

import org.prawat.api.RuleViolation;

/** The activity was dropped: it can be neither dropped again nor matched against a training. */
public class PlannedActivityAlreadyDropped extends RuleViolation {

    public PlannedActivityAlreadyDropped(PlannedActivityId activityId) {
        super(
                "plan.activity-dropped",
                "กิจกรรม " + activityId + " ถูกยกเลิกไปแล้ว: ยกเลิกซ้ำหรือนำการอบรมมานับรวมไม่ได้",
                "Activity " + activityId
                        + " was dropped: it cannot be dropped again or have trainings counted towards it");
    }
}
