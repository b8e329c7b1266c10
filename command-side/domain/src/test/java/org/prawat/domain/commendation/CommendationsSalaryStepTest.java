package org.prawat.domain.commendation;

import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.commendation.CommendationTestData.AWARDED;
import static org.prawat.domain.commendation.CommendationTestData.BUDDHIST_ERA_DATE;
import static org.prawat.domain.commendation.CommendationTestData.COMMENDATION;
import static org.prawat.domain.commendation.CommendationTestData.EVALUATED;
import static org.prawat.domain.commendation.CommendationTestData.EVALUATION;
import static org.prawat.domain.commendation.CommendationTestData.MALAI;
import static org.prawat.domain.commendation.CommendationTestData.REGISTERED;
import static org.prawat.domain.commendation.CommendationTestData.TOMORROW;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.DateInFuture;
import org.prawat.api.commendation.DuplicateCommendationId;
import org.prawat.api.commendation.GrantSalaryStepIncrease;
import org.prawat.api.commendation.InvalidSalarySteps;
import org.prawat.api.commendation.SalaryPercentageOutOfRange;
import org.prawat.api.commendation.SalaryStepIncreaseGranted;
import org.prawat.api.commendation.StepsOrPercentageRequired;
import org.prawat.api.commendation.UnknownJustifyingEvaluation;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.domain.employee.Employee;

/** Salary-step increases: steps or a percentage, always justified by an evaluation of the same case file. */
class CommendationsSalaryStepTest {

    private static final String ORDER = "คำสั่งเทศบาลเมืองแม่เหียะ ที่ 845/2568";
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 10, 1);

    private final AggregateTestFixture<Employee> fixture = CommendationTestData.fixture();

    @Test
    void a_local_official_is_granted_one_step_on_the_strength_of_an_evaluation() {
        fixture.given(REGISTERED, EVALUATED)
                .when(grant(new BigDecimal("1.0"), null, EVALUATION))
                .expectEvents(granted(BigDecimal.ONE, null));
    }

    @Test
    void one_and_a_half_steps_are_granted() {
        fixture.given(REGISTERED, EVALUATED)
                .when(grant(new BigDecimal("1.50"), null, EVALUATION))
                .expectEvents(granted(new BigDecimal("1.5"), null));
    }

    @Test
    void half_a_step_is_granted() {
        fixture.given(REGISTERED, EVALUATED)
                .when(grant(new BigDecimal("0.5"), null, EVALUATION))
                .expectEvents(granted(new BigDecimal("0.5"), null));
    }

    @Test
    void a_civil_servant_is_granted_a_percentage_of_up_to_ten() {
        fixture.given(REGISTERED, EVALUATED)
                .when(grant(null, BigDecimal.TEN, EVALUATION))
                .expectEvents(granted(null, BigDecimal.TEN));
    }

    @Test
    void an_increase_ordered_before_it_takes_effect_is_recorded() {
        var effectiveNextApril = LocalDate.of(2027, 4, 1);
        fixture.given(REGISTERED, EVALUATED)
                .when(new GrantSalaryStepIncrease(
                        MALAI, COMMENDATION, BigDecimal.ONE, null, EVALUATION, ORDER, AWARDED, effectiveNextApril))
                .expectEvents(new SalaryStepIncreaseGranted(
                        MALAI, COMMENDATION, BigDecimal.ONE, null, EVALUATION, ORDER, AWARDED, effectiveNextApril));
    }

    @Test
    void an_increase_naming_an_evaluation_not_in_the_case_file_is_refused() {
        fixture.given(REGISTERED, EVALUATED)
                .when(grant(BigDecimal.ONE, null, new EvaluationId("eval-of-someone-else")))
                .expectException(refusedWith(UnknownJustifyingEvaluation.class))
                .expectNoEvents();
    }

    @Test
    void an_increase_naming_a_retracted_evaluation_is_refused() {
        var retracted = new RecordRetracted(
                MALAI,
                EVALUATION.value(),
                RecordKind.EVALUATION,
                new CorrectionDetails("ประเมินผิดรอบ", "บันทึกข้อความ ที่ 12/2568", "ผู้อำนวยการกองการเจ้าหน้าที่"),
                null);
        fixture.given(REGISTERED, EVALUATED, retracted)
                .when(grant(BigDecimal.ONE, null, EVALUATION))
                .expectException(refusedWith(UnknownJustifyingEvaluation.class))
                .expectNoEvents();
    }

    @Test
    void an_increase_in_a_case_file_without_evaluations_is_refused() {
        fixture.given(REGISTERED)
                .when(grant(BigDecimal.ONE, null, EVALUATION))
                .expectException(refusedWith(UnknownJustifyingEvaluation.class));
    }

    @Test
    void two_steps_are_refused() {
        fixture.given(REGISTERED, EVALUATED)
                .when(grant(new BigDecimal("2"), null, EVALUATION))
                .expectException(refusedWith(InvalidSalarySteps.class));
    }

    @Test
    void zero_percent_is_refused() {
        fixture.given(REGISTERED, EVALUATED)
                .when(grant(null, BigDecimal.ZERO, EVALUATION))
                .expectException(refusedWith(SalaryPercentageOutOfRange.class));
    }

    @Test
    void more_than_ten_percent_is_refused() {
        fixture.given(REGISTERED, EVALUATED)
                .when(grant(null, new BigDecimal("10.01"), EVALUATION))
                .expectException(refusedWith(SalaryPercentageOutOfRange.class));
    }

    @Test
    void steps_and_a_percentage_together_are_refused() {
        fixture.given(REGISTERED, EVALUATED)
                .when(grant(BigDecimal.ONE, new BigDecimal("3"), EVALUATION))
                .expectException(refusedWith(StepsOrPercentageRequired.class));
    }

    @Test
    void neither_steps_nor_a_percentage_is_refused() {
        fixture.given(REGISTERED, EVALUATED)
                .when(grant(null, null, EVALUATION))
                .expectException(refusedWith(StepsOrPercentageRequired.class));
    }

    @Test
    void an_order_dated_tomorrow_is_refused() {
        fixture.given(REGISTERED, EVALUATED)
                .when(new GrantSalaryStepIncrease(
                        MALAI, COMMENDATION, BigDecimal.ONE, null, EVALUATION, ORDER, TOMORROW, EFFECTIVE))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_buddhist_era_year_in_the_effective_date_is_refused() {
        fixture.given(REGISTERED, EVALUATED)
                .when(new GrantSalaryStepIncrease(
                        MALAI, COMMENDATION, BigDecimal.ONE, null, EVALUATION, ORDER, AWARDED, BUDDHIST_ERA_DATE))
                .expectException(refusedWith(BuddhistEraYearGiven.class));
    }

    @Test
    void a_commendation_id_used_before_is_refused() {
        fixture.given(REGISTERED, EVALUATED, granted(BigDecimal.ONE, null))
                .when(grant(BigDecimal.ONE, null, EVALUATION))
                .expectException(refusedWith(DuplicateCommendationId.class));
    }

    private static GrantSalaryStepIncrease grant(BigDecimal steps, BigDecimal percentage, EvaluationId evaluation) {
        return new GrantSalaryStepIncrease(
                MALAI, COMMENDATION, steps, percentage, evaluation, " " + ORDER + " ", AWARDED, EFFECTIVE);
    }

    private static SalaryStepIncreaseGranted granted(BigDecimal steps, BigDecimal percentage) {
        return new SalaryStepIncreaseGranted(
                MALAI, COMMENDATION, steps, percentage, EVALUATION, ORDER, AWARDED, EFFECTIVE);
    }
}
