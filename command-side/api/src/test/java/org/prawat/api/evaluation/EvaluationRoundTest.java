package org.prawat.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvaluationRoundTest {

    private static final FiscalYear FY2568 = new FiscalYear(2568);

    @Test
    void round_one_runs_from_1_october_to_31_march() {
        var round = new EvaluationRound(FY2568, 1);

        assertThat(round.startsOn()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(round.endsOn()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void round_two_runs_from_1_april_to_30_september() {
        var round = new EvaluationRound(FY2568, 2);

        assertThat(round.startsOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(round.endsOn()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void the_round_changes_between_30_september_and_1_october() {
        assertThat(EvaluationRound.containing(LocalDate.of(2024, 9, 30)))
                .isEqualTo(new EvaluationRound(new FiscalYear(2567), 2));
        assertThat(EvaluationRound.containing(LocalDate.of(2024, 10, 1))).isEqualTo(new EvaluationRound(FY2568, 1));
    }

    @Test
    void the_round_changes_between_31_march_and_1_april() {
        assertThat(EvaluationRound.containing(LocalDate.of(2025, 3, 31))).isEqualTo(new EvaluationRound(FY2568, 1));
        assertThat(EvaluationRound.containing(LocalDate.of(2025, 4, 1))).isEqualTo(new EvaluationRound(FY2568, 2));
    }

    @Test
    void a_round_contains_its_first_and_last_day_only() {
        var round = new EvaluationRound(FY2568, 1);

        assertThat(round.contains(LocalDate.of(2024, 10, 1))).isTrue();
        assertThat(round.contains(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(round.contains(LocalDate.of(2024, 9, 30))).isFalse();
        assertThat(round.contains(LocalDate.of(2025, 4, 1))).isFalse();
    }

    @Test
    void a_round_is_written_as_officials_write_it() {
        assertThat(new EvaluationRound(FY2568, 2)).hasToString("2/2568");
    }

    @Test
    void there_is_no_third_round() {
        assertThatThrownBy(() -> new EvaluationRound(FY2568, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
