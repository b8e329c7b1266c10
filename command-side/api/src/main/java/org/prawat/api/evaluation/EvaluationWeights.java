package org.prawat.api.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much achievement (ผลสัมฤทธิ์ของงาน) and competency (สมรรถนะ) count towards the total, in
 * percent; given with each evaluation, 70/30 unless the organisation announced otherwise.
 */
public record EvaluationWeights(int achievement, int competency) {

    public static final int WHOLE = 100;
    public static final EvaluationWeights DEFAULT = new EvaluationWeights(70, 30);

    /** Each weight 0–100 and together 100. */
    public boolean isValid() {
        return inRange(achievement) && inRange(competency) && achievement + competency == WHOLE;
    }

    /** The weighted total of two scores out of 100, to two decimals, half up. */
    public BigDecimal totalOf(BigDecimal achievementScore, BigDecimal competencyScore) {
        BigDecimal weighted = achievementScore
                .multiply(BigDecimal.valueOf(achievement))
                .add(competencyScore.multiply(BigDecimal.valueOf(competency)));
        return weighted.divide(BigDecimal.valueOf(WHOLE), 2, RoundingMode.HALF_UP);
    }

    private static boolean inRange(int weight) {
        return weight >= 0 && weight <= WHOLE;
    }
}
