package org.prawat.api.evaluation;

import org.prawat.api.RuleViolation;

/** The case file holds no evaluation with this id. */
public class UnknownEvaluation extends RuleViolation {

    public UnknownEvaluation(EvaluationId evaluationId) {
        super(
                "evaluation.unknown",
                "ไม่พบผลการประเมิน " + evaluationId + " ในแฟ้มประวัตินี้",
                "This case file holds no evaluation " + evaluationId);
    }
}
