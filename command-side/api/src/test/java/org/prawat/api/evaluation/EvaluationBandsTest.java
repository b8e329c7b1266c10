package org.prawat.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.api.evaluation.EvaluationLevel.FAIR;
import static org.prawat.api.evaluation.EvaluationLevel.GOOD;
import static org.prawat.api.evaluation.EvaluationLevel.NEEDS_IMPROVEMENT;
import static org.prawat.api.evaluation.EvaluationLevel.OUTSTANDING;
import static org.prawat.api.evaluation.EvaluationLevel.VERY_GOOD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationBandsTest {

    /** A later announcement, made up for the test: ดีเด่น from 95. */
    private static final EvaluationBands LATER = new EvaluationBands(
            "2570",
            LocalDate.of(2027, 10, 1),
            BigDecimal.valueOf(95),
            BigDecimal.valueOf(85),
            BigDecimal.valueOf(75),
            BigDecimal.valueOf(60));

    private static final List<EvaluationBands> WITH_LATER = List.of(EvaluationBands.V2560, LATER);

    @ParameterizedTest
    @CsvSource({
        "0, NEEDS_IMPROVEMENT",
        "59.99, NEEDS_IMPROVEMENT",
        "60, FAIR",
        "69.99, FAIR",
        "70, GOOD",
        "79.99, GOOD",
        "80, VERY_GOOD",
        "89.99, VERY_GOOD",
        "90, OUTSTANDING",
        "100, OUTSTANDING"
    })
    void the_2560_bands_start_each_level_at_its_threshold(String total, EvaluationLevel level) {
        assertThat(EvaluationBands.V2560.levelOf(new BigDecimal(total))).isEqualTo(level);
    }

    @Test
    void the_levels_are_told_in_thai_and_english() {
        assertThat(OUTSTANDING.thai()).isEqualTo("ดีเด่น");
        assertThat(VERY_GOOD.thai()).isEqualTo("ดีมาก");
        assertThat(GOOD.thai()).isEqualTo("ดี");
        assertThat(FAIR.thai()).isEqualTo("พอใช้");
        assertThat(NEEDS_IMPROVEMENT.thai()).isEqualTo("ต้องปรับปรุง");
        assertThat(NEEDS_IMPROVEMENT.english()).isEqualTo("Needs improvement");
    }

    @Test
    void the_2560_bands_are_in_force_from_fiscal_year_2561_and_today() {
        assertThat(EvaluationBands.inForceOn(LocalDate.of(2017, 10, 1))).isEqualTo(EvaluationBands.V2560);
        assertThat(EvaluationBands.inForceOn(LocalDate.of(2025, 4, 1))).isEqualTo(EvaluationBands.V2560);
    }

    @Test
    void a_round_before_the_oldest_known_bands_is_judged_by_the_oldest() {
        assertThat(EvaluationBands.inForceOn(LocalDate.of(2015, 4, 1))).isEqualTo(EvaluationBands.V2560);
    }

    @Test
    void a_new_version_applies_from_its_first_day_and_not_before() {
        assertThat(EvaluationBands.inForceOn(LocalDate.of(2027, 9, 30), WITH_LATER))
                .isEqualTo(EvaluationBands.V2560);
        assertThat(EvaluationBands.inForceOn(LocalDate.of(2027, 10, 1), WITH_LATER))
                .isEqualTo(LATER);
    }

    @Test
    void a_result_under_old_bands_keeps_its_level_when_a_new_version_exists() {
        var total = new BigDecimal("92.00");
        var roundOne2568 = new EvaluationRound(new FiscalYear(2568), 1);
        var roundOne2571 = new EvaluationRound(new FiscalYear(2571), 1);

        var then = EvaluationBands.inForceOn(roundOne2568.startsOn(), WITH_LATER);
        var later = EvaluationBands.inForceOn(roundOne2571.startsOn(), WITH_LATER);

        assertThat(then.version()).isEqualTo("2560");
        assertThat(then.levelOf(total)).isEqualTo(OUTSTANDING);
        assertThat(later.version()).isEqualTo("2570");
        assertThat(later.levelOf(total)).isEqualTo(VERY_GOOD);
    }

    @Test
    void a_recorded_version_is_found_again_after_a_newer_one_came_into_force() {
        assertThat(EvaluationBands.ofVersion("2560", WITH_LATER)).isEqualTo(EvaluationBands.V2560);
        assertThat(EvaluationBands.ofVersion("2570", WITH_LATER)).isEqualTo(LATER);
        assertThat(EvaluationBands.ofVersion("2560")).isEqualTo(EvaluationBands.V2560);
    }

    @Test
    void a_version_never_announced_is_a_programming_error() {
        assertThatThrownBy(() -> EvaluationBands.ofVersion("2499")).isInstanceOf(IllegalStateException.class);
    }
}
