package org.prawat.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.evaluation.EvaluationTestData.EVALUATED;
import static org.prawat.domain.evaluation.EvaluationTestData.EVALUATOR;
import static org.prawat.domain.evaluation.EvaluationTestData.FIRST;
import static org.prawat.domain.evaluation.EvaluationTestData.REGISTERED;
import static org.prawat.domain.evaluation.EvaluationTestData.SECOND;
import static org.prawat.domain.evaluation.EvaluationTestData.SOMCHAI;
import static org.prawat.domain.evaluation.EvaluationTestData.TODAY;
import static org.prawat.domain.evaluation.EvaluationTestData.evaluation;
import static org.prawat.domain.evaluation.EvaluationTestData.recordedRoundOne;
import static org.prawat.domain.evaluation.EvaluationTestData.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.DateInFuture;
import org.prawat.api.correction.CorrectEvaluation;
import org.prawat.api.correction.CorrectionChangesNothing;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.EvaluationCorrected;
import org.prawat.api.correction.RecordAlreadyRetracted;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.SeparationReason;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.EvaluationResult;
import org.prawat.api.evaluation.EvaluationRoundNotStarted;
import org.prawat.api.evaluation.InvalidEvaluationWeights;
import org.prawat.api.evaluation.ScoreOutOfRange;
import org.prawat.api.evaluation.UnknownEvaluation;
import org.prawat.domain.employee.Employee;

/** HR corrects an evaluation within its round; the result it replaces stays beside it. */
class EvaluationsCorrectionTest {

    private static final CorrectionDetails DETAILS = new CorrectionDetails(
            "คะแนนผลสัมฤทธิ์บันทึกผิดจากแบบประเมิน",
            "แบบประเมินผลการปฏิบัติราชการ รอบที่ 1/2568",
            "นางสาวสุภาพร ศรีสุข");
    private static final String COMMENTS = "ผลงานตามตัวชี้วัดครบทุกข้อ";

    /** What {@link EvaluationTestData#recordedRoundOne()} says: 87.45, ดีมาก. */
    private static final EvaluationResult AS_RECORDED = new EvaluationResult(
            score("85.5"),
            70,
            score("92"),
            30,
            score("87.45"),
            EvaluationLevel.VERY_GOOD,
            "2560",
            EVALUATOR,
            EVALUATED,
            "");

    /** 0.7 × 95 + 0.3 × 92 = 94.10, ดีเด่น. */
    private static final EvaluationResult AS_CORRECTED = new EvaluationResult(
            score("95"),
            70,
            score("92"),
            30,
            score("94.10"),
            EvaluationLevel.OUTSTANDING,
            "2560",
            EVALUATOR,
            EVALUATED,
            COMMENTS);

    private final AggregateTestFixture<Employee> fixture = EvaluationTestData.fixture();

    @Test
    void a_correction_is_graded_with_the_original_bands_and_keeps_the_previous_result_beside_it() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(correction(score("95"), 70, score("92"), 30, " " + EVALUATOR + " ", EVALUATED, " " + COMMENTS))
                .expectEvents(new EvaluationCorrected(SOMCHAI, FIRST, AS_RECORDED, AS_CORRECTED, DETAILS, null));
    }

    @Test
    void corrected_weights_change_the_total_and_the_level() {
        var sixtyForty = new EvaluationResult(
                score("85.5"),
                60,
                score("92"),
                40,
                score("88.10"),
                EvaluationLevel.VERY_GOOD,
                "2560",
                EVALUATOR,
                EVALUATED,
                "");
        fixture.given(REGISTERED, recordedRoundOne())
                .when(correction(score("85.5"), 60, score("92"), 40, EVALUATOR, EVALUATED, null))
                .expectEvents(new EvaluationCorrected(SOMCHAI, FIRST, AS_RECORDED, sixtyForty, DETAILS, null));
    }

    @Test
    void a_second_correction_strikes_through_the_first_correction() {
        var third = new EvaluationResult(
                score("95"),
                70,
                score("95"),
                30,
                score("95.00"),
                EvaluationLevel.OUTSTANDING,
                "2560",
                EVALUATOR,
                EVALUATED,
                "");
        fixture.given(REGISTERED, recordedRoundOne(), corrected())
                .when(correction(score("95"), 70, score("95"), 30, EVALUATOR, EVALUATED, null))
                .expectEvents(new EvaluationCorrected(SOMCHAI, FIRST, AS_CORRECTED, third, DETAILS, null));
    }

    @Test
    void an_evaluation_is_corrected_after_the_employee_left_service() {
        var separated = new EmployeeSeparated(SOMCHAI, SeparationReason.RESIGNED, "88/2568", LocalDate.of(2025, 5, 31));
        fixture.given(REGISTERED, recordedRoundOne(), separated)
                .when(correction(score("95"), 70, score("92"), 30, EVALUATOR, EVALUATED, COMMENTS))
                .expectEvents(corrected());
    }

    @Test
    void a_correction_that_changes_nothing_is_refused() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(correction(score("85.50"), 70, score("92.0"), 30, " " + EVALUATOR, EVALUATED, " "))
                .expectException(refusedWith(CorrectionChangesNothing.class))
                .expectNoEvents();
    }

    @Test
    void a_correction_of_an_evaluation_not_in_the_case_file_is_refused() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(new CorrectEvaluation(
                        SOMCHAI, SECOND, score("95"), 70, score("92"), 30, EVALUATOR, EVALUATED, null, DETAILS, null))
                .expectException(refusedWith(UnknownEvaluation.class))
                .expectNoEvents();
    }

    @Test
    void a_retracted_evaluation_cannot_be_corrected() {
        fixture.given(REGISTERED, recordedRoundOne(), retracted())
                .when(correction(score("95"), 70, score("92"), 30, EVALUATOR, EVALUATED, null))
                .expectException(refusedWith(RecordAlreadyRetracted.class))
                .expectNoEvents();
    }

    @Test
    void a_corrected_score_above_one_hundred_is_refused_as_when_recording() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(correction(score("101"), 70, score("92"), 30, EVALUATOR, EVALUATED, null))
                .expectException(refusedWith(ScoreOutOfRange.class))
                .expectNoEvents();
    }

    @Test
    void corrected_weights_that_do_not_add_up_to_one_hundred_are_refused() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(correction(score("85.5"), 80, score("92"), 30, EVALUATOR, EVALUATED, null))
                .expectException(refusedWith(InvalidEvaluationWeights.class))
                .expectNoEvents();
    }

    @Test
    void a_corrected_date_after_today_is_refused() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(correction(score("95"), 70, score("92"), 30, EVALUATOR, TODAY.plusDays(1), null))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_corrected_date_written_in_the_buddhist_era_is_refused() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(correction(score("95"), 70, score("92"), 30, EVALUATOR, LocalDate.of(2568, 3, 20), null))
                .expectException(refusedWith(BuddhistEraYearGiven.class));
    }

    @Test
    void a_corrected_date_before_the_round_began_is_refused_because_the_round_stays() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(correction(score("95"), 70, score("92"), 30, EVALUATOR, LocalDate.of(2024, 9, 30), null))
                .expectException(refusedWith(EvaluationRoundNotStarted.class))
                .expectNoEvents();
    }

    @Test
    void a_correction_without_evidence_is_refused_by_the_command_shape() {
        var noEvidence = new CorrectionDetails("คะแนนผิด", "", "นางสาวสุภาพร ศรีสุข");
        var command = new CorrectEvaluation(
                SOMCHAI, FIRST, score("95"), 70, score("92"), 30, EVALUATOR, EVALUATED, null, noEvidence, null);
        assertThatThrownBy(() -> fixture.given(REGISTERED, recordedRoundOne()).when(command))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("The evidence reference is required");
    }

    @Test
    void a_result_filed_under_the_wrong_round_is_retracted_and_the_round_takes_the_right_one() {
        fixture.given(REGISTERED, recordedRoundOne(), retracted())
                .when(evaluation(SECOND, 1, score("70"), score("70"), EVALUATED))
                .expectEvents(new EvaluationRecorded(
                        SOMCHAI,
                        SECOND,
                        EvaluationTestData.FY2568,
                        1,
                        score("70"),
                        70,
                        score("70"),
                        30,
                        score("70.00"),
                        EvaluationLevel.GOOD,
                        "2560",
                        EVALUATOR,
                        EVALUATED,
                        ""));
    }

    private static CorrectEvaluation correction(
            BigDecimal achievement,
            int achievementWeight,
            BigDecimal competency,
            int competencyWeight,
            String evaluator,
            LocalDate evaluatedOn,
            String comments) {
        return new CorrectEvaluation(
                SOMCHAI,
                FIRST,
                achievement,
                achievementWeight,
                competency,
                competencyWeight,
                evaluator,
                evaluatedOn,
                comments,
                DETAILS,
                null);
    }

    private static EvaluationCorrected corrected() {
        return new EvaluationCorrected(SOMCHAI, FIRST, AS_RECORDED, AS_CORRECTED, DETAILS, null);
    }

    private static RecordRetracted retracted() {
        return new RecordRetracted(SOMCHAI, FIRST.value(), RecordKind.EVALUATION, DETAILS, null);
    }
}
