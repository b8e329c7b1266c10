package org.prawat.api.evaluation;

import org.prawat.api.RuleViolation;

/** The achievement and competency weights are not each 0–100, or do not add up to 100. */
public class InvalidEvaluationWeights extends RuleViolation {

    public InvalidEvaluationWeights(EvaluationWeights weights) {
        super(
                "evaluation.weights",
                "น้ำหนักผลสัมฤทธิ์ของงาน (" + weights.achievement() + ") และสมรรถนะ (" + weights.competency()
                        + ") ต้องอยู่ระหว่าง 0 ถึง 100 และรวมกันได้ 100",
                "The achievement weight (" + weights.achievement() + ") and competency weight (" + weights.competency()
                        + ") must each lie between 0 and 100 and add up to 100");
    }
}
