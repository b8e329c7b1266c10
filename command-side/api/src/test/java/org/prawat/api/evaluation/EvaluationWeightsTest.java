package org.prawat.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EvaluationWeightsTest {

    @Test
    void the_default_weighs_achievement_seventy_and_competency_thirty() {
        assertThat(EvaluationWeights.DEFAULT.totalOf(new BigDecimal("85.5"), new BigDecimal("92")))
                .isEqualTo(new BigDecimal("87.45"));
    }

    @Test
    void the_total_is_rounded_half_up_to_two_decimals() {
        // 0.7 × 80.33 + 0.3 × 70.01 = 56.231 + 21.003 = 77.234
        assertThat(EvaluationWeights.DEFAULT.totalOf(new BigDecimal("80.33"), new BigDecimal("70.01")))
                .isEqualTo(new BigDecimal("77.23"));
        // 0.5 × 60.01 + 0.5 × 60.00 = 60.005
        assertThat(new EvaluationWeights(50, 50).totalOf(new BigDecimal("60.01"), new BigDecimal("60.00")))
                .isEqualTo(new BigDecimal("60.01"));
    }

    @Test
    void full_marks_give_one_hundred_whatever_the_weights() {
        assertThat(new EvaluationWeights(100, 0).totalOf(BigDecimal.valueOf(100), BigDecimal.ZERO))
                .isEqualTo(new BigDecimal("100.00"));
        assertThat(new EvaluationWeights(60, 40).totalOf(BigDecimal.valueOf(100), BigDecimal.valueOf(100)))
                .isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void weights_are_valid_only_within_zero_to_one_hundred_and_adding_up_to_one_hundred() {
        assertThat(EvaluationWeights.DEFAULT.isValid()).isTrue();
        assertThat(new EvaluationWeights(100, 0).isValid()).isTrue();
        assertThat(new EvaluationWeights(70, 20).isValid()).isFalse();
        assertThat(new EvaluationWeights(110, -10).isValid()).isFalse();
    }
}
