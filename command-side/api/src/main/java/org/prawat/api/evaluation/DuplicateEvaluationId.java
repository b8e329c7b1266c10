package org.prawat.api.evaluation;

import org.prawat.api.RuleViolation;

/** An evaluation with this id is already recorded; a new evaluation needs a new id. */
public class DuplicateEvaluationId extends RuleViolation {

    public DuplicateEvaluationId(EvaluationId evaluationId) {
        super(
                "evaluation.duplicate-id",
                "มีผลการประเมินรหัส " + evaluationId + " อยู่แล้ว",
                "An evaluation with id " + evaluationId + " is already recorded");
    }
}
