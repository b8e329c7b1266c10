package org.prawat.api.evaluation;

import org.prawat.api.RuleViolation;

/** The employee has already acknowledged this evaluation's result. */
public class EvaluationAlreadyAcknowledged extends RuleViolation {

    public EvaluationAlreadyAcknowledged(EvaluationId evaluationId) {
        super(
                "evaluation.already-acknowledged",
                "รับทราบผลการประเมิน " + evaluationId + " ไปแล้ว",
                "The result of evaluation " + evaluationId + " has already been acknowledged");
    }
}
