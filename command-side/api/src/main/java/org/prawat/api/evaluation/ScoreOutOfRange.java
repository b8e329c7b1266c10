package org.prawat.api.evaluation;

import java.math.BigDecimal;
import org.prawat.api.RuleViolation;

/** A score lies outside 0–100. */
public class ScoreOutOfRange extends RuleViolation {

    public ScoreOutOfRange(String fieldThai, String fieldEnglish, BigDecimal score) {
        super(
                "evaluation.score-range",
                fieldThai + " (" + score.toPlainString() + ") ต้องอยู่ระหว่าง " + EvaluationLimits.SCORE_MIN + " ถึง "
                        + EvaluationLimits.SCORE_MAX,
                fieldEnglish + " (" + score.toPlainString() + ") must lie between " + EvaluationLimits.SCORE_MIN
                        + " and " + EvaluationLimits.SCORE_MAX);
    }
}
