package org.prawat.api.training;

import org.prawat.api.RuleViolation;

/** The training id was used before in this case file. */
public class TrainingAlreadyRecorded extends RuleViolation {

    public TrainingAlreadyRecorded(TrainingId trainingId) {
        super(
                "training.exists",
                "บันทึกการอบรมรหัส " + trainingId + " ไว้แล้ว",
                "Training " + trainingId + " is already recorded");
    }
}
