package org.prawat.api.plan;

import org.prawat.api.RuleViolation;
import org.prawat.api.training.TrainingId;

/** Only a training recorded in the same case file, and not retracted, counts towards its plan. */
public class NoStandingTraining extends RuleViolation {

    public NoStandingTraining(TrainingId trainingId) {
        super(
                "plan.unknown-training",
                "ไม่พบการอบรมรหัส " + trainingId + " ที่ยังมีผลอยู่ในแฟ้มประวัตินี้ (ไม่เคยบันทึกหรือถูกเพิกถอนแล้ว)",
                "This case file holds no standing training " + trainingId + " (never recorded, or retracted)");
    }
}
