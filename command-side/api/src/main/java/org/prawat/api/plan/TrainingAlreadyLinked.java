package org.prawat.api.plan;

import org.prawat.api.RuleViolation;
import org.prawat.api.training.TrainingId;

/** The training was already counted towards this activity; counting it twice would inflate the hours done. */
public class TrainingAlreadyLinked extends RuleViolation {

    public TrainingAlreadyLinked(TrainingId trainingId, PlannedActivityId activityId) {
        super(
                "plan.training-linked",
                "นับการอบรม " + trainingId + " เข้ากับกิจกรรม " + activityId + " ไว้แล้ว",
                "Training " + trainingId + " is already counted towards activity " + activityId);
    }
}
