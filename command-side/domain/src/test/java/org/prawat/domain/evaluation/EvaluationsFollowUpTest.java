package org.prawat.domain.evaluation;

import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.evaluation.EvaluationTestData.EVALUATED;
import static org.prawat.domain.evaluation.EvaluationTestData.FIRST;
import static org.prawat.domain.evaluation.EvaluationTestData.REGISTERED;
import static org.prawat.domain.evaluation.EvaluationTestData.SECOND;
import static org.prawat.domain.evaluation.EvaluationTestData.SOMCHAI;
import static org.prawat.domain.evaluation.EvaluationTestData.TODAY;
import static org.prawat.domain.evaluation.EvaluationTestData.recordedRoundOne;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.DateInFuture;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.RecordAlreadyRetracted;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.evaluation.AcknowledgeEvaluation;
import org.prawat.api.evaluation.EvaluationAcknowledged;
import org.prawat.api.evaluation.EvaluationAlreadyAcknowledged;
import org.prawat.api.evaluation.EvaluationReviewed;
import org.prawat.api.evaluation.RecordReviewerAgreement;
import org.prawat.api.evaluation.UnknownEvaluation;
import org.prawat.domain.employee.Employee;

/** What follows a recorded evaluation: the higher-level reviewer's agreement and the employee's acknowledgement. */
class EvaluationsFollowUpTest {

    private final AggregateTestFixture<Employee> fixture = EvaluationTestData.fixture();

    @Test
    void the_reviewer_agreement_is_recorded_against_the_evaluation() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(new RecordReviewerAgreement(SOMCHAI, FIRST, " นางสาววิไล ปลัด ", false, null, TODAY))
                .expectEvents(new EvaluationReviewed(SOMCHAI, FIRST, "นางสาววิไล ปลัด", false, "", TODAY));
    }

    @Test
    void a_review_of_an_evaluation_not_in_the_case_file_is_refused() {
        fixture.given(REGISTERED)
                .when(new RecordReviewerAgreement(SOMCHAI, FIRST, "นางสาววิไล ปลัด", true, "", TODAY))
                .expectException(refusedWith(UnknownEvaluation.class))
                .expectNoEvents();
    }

    @Test
    void a_review_dated_after_today_is_refused() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(new RecordReviewerAgreement(SOMCHAI, FIRST, "นางสาววิไล ปลัด", true, "", TODAY.plusDays(1)))
                .expectException(refusedWith(DateInFuture.class))
                .expectNoEvents();
    }

    @Test
    void the_employee_acknowledges_the_result() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(new AcknowledgeEvaluation(SOMCHAI, FIRST, TODAY))
                .expectEvents(new EvaluationAcknowledged(SOMCHAI, FIRST, TODAY));
    }

    @Test
    void a_retracted_evaluation_cannot_be_acknowledged() {
        fixture.given(REGISTERED, recordedRoundOne(), retracted())
                .when(new AcknowledgeEvaluation(SOMCHAI, FIRST, TODAY))
                .expectException(refusedWith(RecordAlreadyRetracted.class))
                .expectNoEvents();
    }

    @Test
    void a_retracted_evaluation_cannot_be_reviewed() {
        fixture.given(REGISTERED, recordedRoundOne(), retracted())
                .when(new RecordReviewerAgreement(SOMCHAI, FIRST, "นางสาววิไล ปลัด", true, "", TODAY))
                .expectException(refusedWith(RecordAlreadyRetracted.class));
    }

    @Test
    void acknowledging_an_evaluation_not_in_the_case_file_is_refused() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(new AcknowledgeEvaluation(SOMCHAI, SECOND, TODAY))
                .expectException(refusedWith(UnknownEvaluation.class))
                .expectNoEvents();
    }

    @Test
    void acknowledging_twice_is_refused() {
        fixture.given(REGISTERED, recordedRoundOne(), new EvaluationAcknowledged(SOMCHAI, FIRST, EVALUATED))
                .when(new AcknowledgeEvaluation(SOMCHAI, FIRST, TODAY))
                .expectException(refusedWith(EvaluationAlreadyAcknowledged.class))
                .expectNoEvents();
    }

    @Test
    void an_acknowledgement_dated_after_today_is_refused() {
        fixture.given(REGISTERED, recordedRoundOne())
                .when(new AcknowledgeEvaluation(SOMCHAI, FIRST, TODAY.plusDays(1)))
                .expectException(refusedWith(DateInFuture.class))
                .expectNoEvents();
    }

    private static RecordRetracted retracted() {
        var details = new CorrectionDetails("บันทึกผิดคน", "บันทึกข้อความ กจ. 15/2568", "นางสาวสุภาพร ศรีสุข");
        return new RecordRetracted(SOMCHAI, FIRST.value(), RecordKind.EVALUATION, details, null);
    }
}
