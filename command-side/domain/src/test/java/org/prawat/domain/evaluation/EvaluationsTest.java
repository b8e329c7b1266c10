package org.prawat.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.evaluation.EvaluationTestData.EVALUATED;
import static org.prawat.domain.evaluation.EvaluationTestData.EVALUATOR;
import static org.prawat.domain.evaluation.EvaluationTestData.FIRST;
import static org.prawat.domain.evaluation.EvaluationTestData.FY2568;
import static org.prawat.domain.evaluation.EvaluationTestData.REGISTERED;
import static org.prawat.domain.evaluation.EvaluationTestData.SECOND;
import static org.prawat.domain.evaluation.EvaluationTestData.SOMCHAI;
import static org.prawat.domain.evaluation.EvaluationTestData.TODAY;
import static org.prawat.domain.evaluation.EvaluationTestData.evaluation;
import static org.prawat.domain.evaluation.EvaluationTestData.recordedRoundOne;
import static org.prawat.domain.evaluation.EvaluationTestData.score;

import java.time.LocalDate;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.DateInFuture;
import org.prawat.api.evaluation.DuplicateEvaluationId;
import org.prawat.api.evaluation.EvaluationAlreadyRecordedForRound;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.EvaluationRoundNotStarted;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.InvalidEvaluationWeights;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.evaluation.ScoreOutOfRange;
import org.prawat.domain.employee.Employee;

/** Recording an evaluation; the review and acknowledgement are in {@link EvaluationsFollowUpTest}. */
class EvaluationsTest {

    private final AggregateTestFixture<Employee> fixture = EvaluationTestData.fixture();

    @Test
    void recording_an_evaluation_weighs_the_scores_and_gives_the_level_of_the_bands_in_force() {
        fixture.given(REGISTERED)
                .when(new RecordEvaluation(
                        SOMCHAI,
                        FIRST,
                        FY2568,
                        1,
                        score("85.5"),
                        70,
                        score("92"),
                        30,
                        " " + EVALUATOR,
                        EVALUATED,
                        null))
                .expectEvents(recordedRoundOne());
    }

    @Test
    void weights_other_than_seventy_thirty_are_used_as_given() {
        fixture.given(REGISTERED)
                .when(new RecordEvaluation(
                        SOMCHAI, FIRST, FY2568, 1, score("50"), 60, score("80"), 40, EVALUATOR, EVALUATED, " ดี "))
                .expectEvents(new EvaluationRecorded(
                        SOMCHAI,
                        FIRST,
                        FY2568,
                        1,
                        score("50"),
                        60,
                        score("80"),
                        40,
                        score("62.00"),
                        EvaluationLevel.FAIR,
                        "2560",
                        EVALUATOR,
                        EVALUATED,
                        "ดี"));
    }

    @Test
    void each_round_of_a_fiscal_year_takes_its_own_evaluation() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(evaluation(SECOND, 2, score("70"), score("70"), LocalDate.of(2025, 6, 1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EvaluationRecorded(
                        SOMCHAI,
                        SECOND,
                        FY2568,
                        2,
                        score("70"),
                        70,
                        score("70"),
                        30,
                        score("70.00"),
                        EvaluationLevel.GOOD,
                        "2560",
                        EVALUATOR,
                        LocalDate.of(2025, 6, 1),
                        ""));
    }

    @Test
    void evaluation_twice_in_one_round_is_rejected_as_a_matter_for_correction() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(evaluation(SECOND, 1, score("95"), score("95"), EVALUATED))
                .expectException(refusedWith(EvaluationAlreadyRecordedForRound.class))
                .expectExceptionMessage(containsString("correction"))
                .expectNoEvents();
    }

    @Test
    void an_evaluation_id_already_in_the_case_file_is_refused() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(evaluation(FIRST, 2, score("70"), score("70"), LocalDate.of(2025, 6, 1)))
                .expectException(refusedWith(DuplicateEvaluationId.class))
                .expectNoEvents();
    }

    @Test
    void an_achievement_score_above_one_hundred_is_refused() {
        fixture.given(REGISTERED)
                .when(evaluation(FIRST, 1, score("100.01"), score("80"), EVALUATED))
                .expectException(refusedWith(ScoreOutOfRange.class))
                .expectNoEvents();
    }

    @Test
    void a_negative_competency_score_is_refused() {
        fixture.given(REGISTERED)
                .when(evaluation(FIRST, 1, score("80"), score("-1"), EVALUATED))
                .expectException(refusedWith(ScoreOutOfRange.class))
                .expectNoEvents();
    }

    @Test
    void weights_that_do_not_add_up_to_one_hundred_are_refused() {
        fixture.given(REGISTERED)
                .when(new RecordEvaluation(
                        SOMCHAI, FIRST, FY2568, 1, score("80"), 70, score("80"), 20, EVALUATOR, EVALUATED, ""))
                .expectException(refusedWith(InvalidEvaluationWeights.class))
                .expectNoEvents();
    }

    @Test
    void a_negative_weight_is_refused_even_when_the_sum_is_one_hundred() {
        fixture.given(REGISTERED)
                .when(new RecordEvaluation(
                        SOMCHAI, FIRST, FY2568, 1, score("80"), 110, score("80"), -10, EVALUATOR, EVALUATED, ""))
                .expectException(refusedWith(InvalidEvaluationWeights.class))
                .expectNoEvents();
    }

    @Test
    void an_evaluation_dated_before_its_round_began_is_refused() {
        fixture.given(REGISTERED)
                .when(evaluation(FIRST, 2, score("80"), score("80"), LocalDate.of(2025, 3, 31)))
                .expectException(refusedWith(EvaluationRoundNotStarted.class))
                .expectNoEvents();
    }

    @Test
    void an_evaluation_dated_after_today_is_refused() {
        fixture.given(REGISTERED)
                .when(evaluation(FIRST, 2, score("80"), score("80"), TODAY.plusDays(1)))
                .expectException(refusedWith(DateInFuture.class))
                .expectNoEvents();
    }

    @Test
    void an_evaluation_date_written_in_the_buddhist_era_is_refused() {
        fixture.given(REGISTERED)
                .when(evaluation(FIRST, 1, score("80"), score("80"), LocalDate.of(2568, 3, 20)))
                .expectException(refusedWith(BuddhistEraYearGiven.class))
                .expectNoEvents();
    }

    @Test
    void a_common_era_fiscal_year_is_refused_by_the_command_shape() {
        var commonEraYear = new RecordEvaluation(
                SOMCHAI, FIRST, new FiscalYear(2025), 1, score("80"), 70, score("80"), 30, EVALUATOR, EVALUATED, "");

        assertThatThrownBy(() -> fixture.given(REGISTERED).when(commonEraYear))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("ปีงบประมาณต้องเป็นปี พ.ศ.");
    }

    @Test
    void a_third_round_is_refused_by_the_command_shape() {
        assertThatThrownBy(
                        () -> fixture.given(REGISTERED).when(evaluation(FIRST, 3, score("80"), score("80"), EVALUATED)))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("The round must be 1 or 2");
    }
}
