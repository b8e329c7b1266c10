package org.prawat.domain.correction;

import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.correction.CorrectionTestData.AS_CORRECTED;
import static org.prawat.domain.correction.CorrectionTestData.AS_RECORDED;
import static org.prawat.domain.correction.CorrectionTestData.DETAILS;
import static org.prawat.domain.correction.CorrectionTestData.EVALUATION;
import static org.prawat.domain.correction.CorrectionTestData.HR_OFFICER;
import static org.prawat.domain.correction.CorrectionTestData.MALEE;
import static org.prawat.domain.correction.CorrectionTestData.REGISTERED;
import static org.prawat.domain.correction.CorrectionTestData.REQUEST;
import static org.prawat.domain.correction.CorrectionTestData.REQUESTED_ON;
import static org.prawat.domain.correction.CorrectionTestData.SEPARATED;
import static org.prawat.domain.correction.CorrectionTestData.TRAINING_RECORDED;
import static org.prawat.domain.correction.CorrectionTestData.WORKSHOP;
import static org.prawat.domain.correction.CorrectionTestData.evaluationRecorded;
import static org.prawat.domain.correction.CorrectionTestData.requested;
import static org.prawat.domain.correction.CorrectionTestData.trainingRequested;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.DateInFuture;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionRequestAlreadyDecided;
import org.prawat.api.correction.CorrectionRequestAlreadyMade;
import org.prawat.api.correction.CorrectionRequestApproved;
import org.prawat.api.correction.CorrectionRequestForAnotherRecord;
import org.prawat.api.correction.CorrectionRequestRejected;
import org.prawat.api.correction.RecordAlreadyRetracted;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.RejectCorrectionRequest;
import org.prawat.api.correction.RequestCorrection;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.correction.TrainingCorrected;
import org.prawat.api.correction.UnknownCorrectionRequest;
import org.prawat.api.correction.UnknownRecord;
import org.prawat.domain.TestClock;
import org.prawat.domain.employee.Employee;

/** The record owner's correction requests, and HR approving or rejecting them. */
class CorrectionRequestsDecisionTest {

    private static final String REASON = "วุฒิบัตรที่แนบไม่ใช่ของหลักสูตรนี้";
    private final AggregateTestFixture<Employee> fixture = CorrectionTestData.fixture();

    @Test
    void the_owner_requests_a_correction_citing_evidence() {
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(request(RecordKind.TRAINING, WORKSHOP.value()))
                .expectEvents(trainingRequested());
    }

    @Test
    void the_owner_may_still_request_a_correction_after_leaving_service() {
        fixture.given(REGISTERED, TRAINING_RECORDED, SEPARATED)
                .when(request(RecordKind.TRAINING, WORKSHOP.value()))
                .expectEvents(trainingRequested());
    }

    @Test
    void a_request_naming_an_unknown_record_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(request(RecordKind.EVALUATION, EVALUATION.value()))
                .expectException(refusedWith(UnknownRecord.class))
                .expectNoEvents();
    }

    @Test
    void a_request_naming_a_retracted_record_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED, CorrectionRequestsTest.retracted())
                .when(request(RecordKind.TRAINING, WORKSHOP.value()))
                .expectException(refusedWith(RecordAlreadyRetracted.class));
    }

    @Test
    void a_request_id_used_twice_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED, trainingRequested())
                .when(request(RecordKind.TRAINING, WORKSHOP.value()))
                .expectException(refusedWith(CorrectionRequestAlreadyMade.class));
    }

    @Test
    void a_request_dated_in_the_future_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(new RequestCorrection(
                        MALEE, REQUEST, WORKSHOP.value(), RecordKind.TRAINING, "ก", "ข", TestClock.TODAY.plusDays(1)))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void correcting_the_training_with_the_request_id_approves_the_request() {
        fixture.given(REGISTERED, TRAINING_RECORDED, trainingRequested())
                .when(new CorrectTraining(MALEE, WORKSHOP, AS_CORRECTED, DETAILS, REQUEST))
                .expectEvents(
                        new TrainingCorrected(MALEE, WORKSHOP, AS_RECORDED, AS_CORRECTED, DETAILS, REQUEST),
                        new CorrectionRequestApproved(MALEE, REQUEST, HR_OFFICER));
    }

    @Test
    void retracting_the_record_with_the_request_id_approves_the_request() {
        fixture.given(REGISTERED, evaluationRecorded(), requested(RecordKind.EVALUATION, EVALUATION.value()))
                .when(new RetractRecord(MALEE, EVALUATION.value(), RecordKind.EVALUATION, DETAILS, REQUEST))
                .expectEvents(
                        new RecordRetracted(MALEE, EVALUATION.value(), RecordKind.EVALUATION, DETAILS, REQUEST),
                        new CorrectionRequestApproved(MALEE, REQUEST, HR_OFFICER));
    }

    @Test
    void hr_rejects_a_request_with_a_reason() {
        fixture.given(REGISTERED, TRAINING_RECORDED, trainingRequested())
                .when(new RejectCorrectionRequest(MALEE, REQUEST, " " + REASON, HR_OFFICER + " "))
                .expectEvents(new CorrectionRequestRejected(MALEE, REQUEST, REASON, HR_OFFICER));
    }

    @Test
    void rejecting_an_unknown_request_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(new RejectCorrectionRequest(MALEE, REQUEST, REASON, HR_OFFICER))
                .expectException(refusedWith(UnknownCorrectionRequest.class));
    }

    @Test
    void a_correction_answering_an_unknown_request_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(new CorrectTraining(MALEE, WORKSHOP, AS_CORRECTED, DETAILS, REQUEST))
                .expectException(refusedWith(UnknownCorrectionRequest.class))
                .expectNoEvents();
    }

    @Test
    void rejecting_a_request_twice_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED, trainingRequested(), rejected())
                .when(new RejectCorrectionRequest(MALEE, REQUEST, REASON, HR_OFFICER))
                .expectException(refusedWith(CorrectionRequestAlreadyDecided.class));
    }

    @Test
    void approving_a_rejected_request_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED, trainingRequested(), rejected())
                .when(new CorrectTraining(MALEE, WORKSHOP, AS_CORRECTED, DETAILS, REQUEST))
                .expectException(refusedWith(CorrectionRequestAlreadyDecided.class))
                .expectNoEvents();
    }

    @Test
    void rejecting_an_approved_request_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED, trainingRequested(), approved())
                .when(new RejectCorrectionRequest(MALEE, REQUEST, REASON, HR_OFFICER))
                .expectException(refusedWith(CorrectionRequestAlreadyDecided.class));
    }

    @Test
    void approving_a_request_twice_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED, trainingRequested(), approved())
                .when(new RetractRecord(MALEE, WORKSHOP.value(), RecordKind.TRAINING, DETAILS, REQUEST))
                .expectException(refusedWith(CorrectionRequestAlreadyDecided.class));
    }

    @Test
    void a_correction_of_another_record_cannot_approve_the_request() {
        fixture.given(
                        REGISTERED,
                        TRAINING_RECORDED,
                        evaluationRecorded(),
                        requested(RecordKind.EVALUATION, EVALUATION.value()))
                .when(new CorrectTraining(MALEE, WORKSHOP, AS_CORRECTED, DETAILS, REQUEST))
                .expectException(refusedWith(CorrectionRequestForAnotherRecord.class))
                .expectNoEvents();
    }

    private static RequestCorrection request(RecordKind kind, String recordId) {
        return new RequestCorrection(
                MALEE,
                REQUEST,
                recordId,
                kind,
                " จำนวนชั่วโมงไม่ถูกต้อง",
                "วุฒิบัตรเลขที่ ทม.มห 045/2567 ",
                REQUESTED_ON);
    }

    private static CorrectionRequestRejected rejected() {
        return new CorrectionRequestRejected(MALEE, REQUEST, REASON, HR_OFFICER);
    }

    private static CorrectionRequestApproved approved() {
        return new CorrectionRequestApproved(MALEE, REQUEST, HR_OFFICER);
    }
}
