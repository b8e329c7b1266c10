package org.prawat.domain.commendation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.commendation.CommendationTestData.AWARDED;
import static org.prawat.domain.commendation.CommendationTestData.COMMENDATION;
import static org.prawat.domain.commendation.CommendationTestData.EVALUATED;
import static org.prawat.domain.commendation.CommendationTestData.EVALUATION;
import static org.prawat.domain.commendation.CommendationTestData.FY2568;
import static org.prawat.domain.commendation.CommendationTestData.MALAI;
import static org.prawat.domain.commendation.CommendationTestData.REGISTERED;
import static org.prawat.domain.commendation.CommendationTestData.TOMORROW;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.DateInFuture;
import org.prawat.api.commendation.AwardCertificateOfHonour;
import org.prawat.api.commendation.BonusGranted;
import org.prawat.api.commendation.BonusNotPositive;
import org.prawat.api.commendation.CertificateOfHonourAwarded;
import org.prawat.api.commendation.Commendation;
import org.prawat.api.commendation.CommendationGrant;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.GrantBonus;
import org.prawat.api.commendation.GrantSalaryStepIncrease;
import org.prawat.api.commendation.InvalidSalarySteps;
import org.prawat.api.commendation.SalaryStepIncreaseGranted;
import org.prawat.api.commendation.UnknownJustifyingEvaluation;
import org.prawat.api.correction.CommendationCorrected;
import org.prawat.api.correction.CorrectCommendation;
import org.prawat.api.correction.CorrectionChangesCommendationKind;
import org.prawat.api.correction.CorrectionChangesNothing;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.CorrectionNamesAnotherCommendation;
import org.prawat.api.correction.RecordAlreadyRetracted;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.correction.UnknownRecord;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.SeparationReason;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.domain.employee.Employee;

/** HR corrects or retracts a commendation; the corrected content obeys the rules of its kind. */
class CommendationsCorrectionTest {

    private static final String ORDER = "คำสั่งเทศบาลเมืองแม่เหียะ ที่ 845/2568";
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 10, 1);
    private static final CorrectionDetails DETAILS = new CorrectionDetails(
            "คำสั่งเลื่อนขั้นเงินเดือน 1 ขั้น ไม่ใช่ 0.5 ขั้น", "สำเนาคำสั่งที่ 845/2568", "นางสาวสุภาพร ศรีสุข");
    private static final SalaryStepIncreaseGranted HALF_STEP = granted(new BigDecimal("0.5"));

    private final AggregateTestFixture<Employee> fixture = CommendationTestData.fixture();

    @Test
    void a_salary_step_increase_is_corrected_and_the_previous_content_kept_beside_it() {
        fixture.given(REGISTERED, EVALUATED, HALF_STEP)
                .when(correct(increase(new BigDecimal("1.0"), EVALUATION)))
                .expectEvents(corrected(HALF_STEP, granted(BigDecimal.ONE)));
    }

    @Test
    void a_certificate_of_honour_is_corrected_with_its_content_tidied_as_when_awarded() {
        var awarded =
                new CertificateOfHonourAwarded(MALAI, COMMENDATION, "เกียรติบัตรพนักงานดีเด่น", "เทศบาล", "", AWARDED);
        var asCorrected = new AwardCertificateOfHonour(
                MALAI,
                COMMENDATION,
                " เกียรติบัตรพนักงานเทศบาลดีเด่น ",
                "เทศบาลเมืองแม่เหียะ",
                " มห 12/2568 ",
                AWARDED);
        fixture.given(REGISTERED, awarded)
                .when(correct(asCorrected))
                .expectEvents(corrected(
                        awarded,
                        new CertificateOfHonourAwarded(
                                MALAI,
                                COMMENDATION,
                                "เกียรติบัตรพนักงานเทศบาลดีเด่น",
                                "เทศบาลเมืองแม่เหียะ",
                                "มห 12/2568",
                                AWARDED)));
    }

    @Test
    void a_second_correction_strikes_through_the_first_correction() {
        var oneAndAHalf = granted(new BigDecimal("1.5"));
        fixture.given(REGISTERED, EVALUATED, HALF_STEP, corrected(HALF_STEP, granted(BigDecimal.ONE)))
                .when(correct(increase(new BigDecimal("1.5"), EVALUATION)))
                .expectEvents(corrected(granted(BigDecimal.ONE), oneAndAHalf));
    }

    @Test
    void a_commendation_is_corrected_after_the_employee_left_service() {
        var separated =
                new EmployeeSeparated(MALAI, SeparationReason.RETIRED, "ที่ 901/2569", LocalDate.of(2026, 9, 30));
        fixture.given(REGISTERED, EVALUATED, HALF_STEP, separated)
                .when(correct(increase(BigDecimal.ONE, EVALUATION)))
                .expectEvents(corrected(HALF_STEP, granted(BigDecimal.ONE)));
    }

    @Test
    void a_corrected_increase_of_two_steps_is_refused_as_when_granting() {
        fixture.given(REGISTERED, EVALUATED, HALF_STEP)
                .when(correct(increase(new BigDecimal("2"), EVALUATION)))
                .expectException(refusedWith(InvalidSalarySteps.class))
                .expectNoEvents();
    }

    @Test
    void a_corrected_increase_resting_on_an_evaluation_not_in_the_case_file_is_refused() {
        fixture.given(REGISTERED, EVALUATED, HALF_STEP)
                .when(correct(increase(BigDecimal.ONE, new EvaluationId("eval-of-someone-else"))))
                .expectException(refusedWith(UnknownJustifyingEvaluation.class));
    }

    @Test
    void a_corrected_bonus_of_nothing_is_refused() {
        fixture.given(REGISTERED, bonusGranted())
                .when(correct(new GrantBonus(MALAI, COMMENDATION, BigDecimal.ZERO, FY2568, "512/2568", AWARDED)))
                .expectException(refusedWith(BonusNotPositive.class));
    }

    @Test
    void a_corrected_order_date_after_today_is_refused() {
        fixture.given(REGISTERED, bonusGranted())
                .when(correct(new GrantBonus(MALAI, COMMENDATION, BigDecimal.TEN, FY2568, "512/2568", TOMORROW)))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_correction_into_another_kind_is_refused_as_a_matter_for_retraction() {
        fixture.given(REGISTERED, bonusGranted())
                .when(correct(
                        new AwardCertificateOfHonour(MALAI, COMMENDATION, "เกียรติบัตร", "เทศบาล", null, AWARDED)))
                .expectException(refusedWith(CorrectionChangesCommendationKind.class))
                .expectNoEvents();
    }

    @Test
    void corrected_content_naming_another_commendation_is_refused() {
        var other = new GrantBonus(
                MALAI, new CommendationId("commendation-2"), BigDecimal.TEN, FY2568, "512/2568", AWARDED);
        fixture.given(REGISTERED, bonusGranted())
                .when(correct(other))
                .expectException(refusedWith(CorrectionNamesAnotherCommendation.class))
                .expectNoEvents();
    }

    @Test
    void corrected_content_naming_another_case_file_is_refused() {
        var other =
                new GrantBonus(new EmployeeId("somchai"), COMMENDATION, BigDecimal.TEN, FY2568, "512/2568", AWARDED);
        fixture.given(REGISTERED, bonusGranted())
                .when(correct(other))
                .expectException(refusedWith(CorrectionNamesAnotherCommendation.class));
    }

    @Test
    void a_correction_that_changes_nothing_is_refused() {
        fixture.given(REGISTERED, bonusGranted())
                .when(correct(
                        new GrantBonus(MALAI, COMMENDATION, new BigDecimal("25400"), FY2568, " 512/2568 ", AWARDED)))
                .expectException(refusedWith(CorrectionChangesNothing.class))
                .expectNoEvents();
    }

    @Test
    void a_correction_of_a_commendation_not_in_the_case_file_is_refused() {
        fixture.given(REGISTERED, EVALUATED)
                .when(correct(increase(BigDecimal.ONE, EVALUATION)))
                .expectException(refusedWith(UnknownRecord.class))
                .expectNoEvents();
    }

    @Test
    void a_commendation_is_retracted_and_then_cannot_be_corrected() {
        fixture.given(REGISTERED, EVALUATED, HALF_STEP, retracted())
                .when(correct(increase(BigDecimal.ONE, EVALUATION)))
                .expectException(refusedWith(RecordAlreadyRetracted.class))
                .expectNoEvents();
    }

    @Test
    void a_commendation_is_retracted_with_the_reason_evidence_and_approver() {
        fixture.given(REGISTERED, EVALUATED, HALF_STEP)
                .when(new RetractRecord(MALAI, COMMENDATION.value(), RecordKind.COMMENDATION, DETAILS, null))
                .expectEvents(retracted());
    }

    @Test
    void retracting_a_commendation_twice_is_refused() {
        fixture.given(REGISTERED, EVALUATED, HALF_STEP, retracted())
                .when(new RetractRecord(MALAI, COMMENDATION.value(), RecordKind.COMMENDATION, DETAILS, null))
                .expectException(refusedWith(RecordAlreadyRetracted.class));
    }

    @Test
    void corrected_content_missing_its_order_number_is_refused_by_the_command_shape() {
        var command = correct(new GrantBonus(MALAI, COMMENDATION, BigDecimal.TEN, FY2568, " ", AWARDED));
        assertThatThrownBy(() -> fixture.given(REGISTERED, bonusGranted()).when(command))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("The order number is required");
    }

    private static CorrectCommendation correct(CommendationGrant grant) {
        return new CorrectCommendation(MALAI, COMMENDATION, grant, DETAILS, null);
    }

    private static CommendationCorrected corrected(Commendation previous, Commendation now) {
        return new CommendationCorrected(MALAI, COMMENDATION, previous, now, DETAILS, null);
    }

    private static GrantSalaryStepIncrease increase(BigDecimal steps, EvaluationId evaluation) {
        return new GrantSalaryStepIncrease(MALAI, COMMENDATION, steps, null, evaluation, ORDER, AWARDED, EFFECTIVE);
    }

    private static SalaryStepIncreaseGranted granted(BigDecimal steps) {
        return new SalaryStepIncreaseGranted(MALAI, COMMENDATION, steps, null, EVALUATION, ORDER, AWARDED, EFFECTIVE);
    }

    private static BonusGranted bonusGranted() {
        return new BonusGranted(MALAI, COMMENDATION, new BigDecimal("25400.00"), FY2568, "512/2568", AWARDED);
    }

    private static RecordRetracted retracted() {
        return new RecordRetracted(MALAI, COMMENDATION.value(), RecordKind.COMMENDATION, DETAILS, null);
    }
}
