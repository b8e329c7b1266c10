package org.prawat.api.training;

import org.prawat.api.RuleViolation;

/** A report or correction names a training that is not in this case file. */
public class UnknownTraining extends RuleViolation {

    public UnknownTraining(TrainingId trainingId) {
        super(
                "training.unknown",
                "ไม่พบการอบรมรหัส " + trainingId + " ในแฟ้มประวัตินี้",
                "No training " + trainingId + " is recorded in this case file");
    }
}
