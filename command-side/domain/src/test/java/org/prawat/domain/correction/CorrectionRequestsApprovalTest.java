package org.prawat.domain.correction;

import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.correction.CorrectionTestData.CERTIFICATE;
import static org.prawat.domain.correction.CorrectionTestData.CERTIFICATE_AWARDED;
import static org.prawat.domain.correction.CorrectionTestData.DETAILS;
import static org.prawat.domain.correction.CorrectionTestData.EVALUATION;
import static org.prawat.domain.correction.CorrectionTestData.HR_OFFICER;
import static org.prawat.domain.correction.CorrectionTestData.MALEE;
import static org.prawat.domain.correction.CorrectionTestData.REGISTERED;
import static org.prawat.domain.correction.CorrectionTestData.REQUEST;
import static org.prawat.domain.correction.CorrectionTestData.REQUESTED_ON;
import static org.prawat.domain.correction.CorrectionTestData.SEPARATED;
import static org.prawat.domain.correction.CorrectionTestData.TRAINING_RECORDED;
import static org.prawat.domain.correction.CorrectionTestData.certificateAsCorrected;
import static org.prawat.domain.correction.CorrectionTestData.certificateCorrected;
import static org.prawat.domain.correction.CorrectionTestData.evaluationCorrected;
import static org.prawat.domain.correction.CorrectionTestData.evaluationCorrection;
import static org.prawat.domain.correction.CorrectionTestData.evaluationRecorded;
import static org.prawat.domain.correction.CorrectionTestData.requested;
import static org.prawat.domain.correction.CorrectionTestData.trainingRequested;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.correction.CommendationCorrected;
import org.prawat.api.correction.CorrectCommendation;
import org.prawat.api.correction.CorrectionRequestAlreadyDecided;
import org.prawat.api.correction.CorrectionRequestApproved;
import org.prawat.api.correction.CorrectionRequestForAnotherRecord;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.CorrectionRequestRejected;
import org.prawat.api.correction.CorrectionRequested;
import org.prawat.api.correction.RecordAlreadyRetracted;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.RequestCorrection;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.correction.UnknownCorrectionRequest;
import org.prawat.api.correction.UnknownRecord;
import org.prawat.domain.employee.Employee;

/**
 * The owner's requests about an evaluation or a commendation, approved by the correction or
 * retraction that carries them out, in one decision; trainings are in {@link CorrectionRequestsDecisionTest}.
 */
class CorrectionRequestsApprovalTest {

    private static final String SCORE_WRONG = "คะแนนผลสัมฤทธิ์ของงานไม่ตรงกับแบบประเมินที่ลงนามแล้ว";
    private static final String SCORE_EVIDENCE = "สำเนาแบบประเมินรอบที่ 1/2568 ที่ผู้ประเมินลงนาม";
    private static final String NUMBER_WRONG = "เลขที่เกียรติบัตรคือ สข 0032/2568 ไม่ใช่ 0023";
    private static final String NUMBER_EVIDENCE = "สำเนาเกียรติบัตร อบจ.สงขลา";

    private final AggregateTestFixture<Employee> fixture = CorrectionTestData.fixture();

    @Test
    void the_owner_requests_a_correction_of_an_evaluation() {
        fixture.given(REGISTERED, evaluationRecorded())
                .when(evaluationRequest())
                .expectEvents(evaluationRequested());
    }

    @Test
    void the_owner_requests_a_correction_of_a_commendation_after_leaving_service() {
        fixture.given(REGISTERED, CERTIFICATE_AWARDED, SEPARATED)
                .when(certificateRequest(" " + CERTIFICATE.value()))
                .expectEvents(certificateRequested());
    }

    @Test
    void a_request_about_a_commendation_not_in_the_case_file_is_refused() {
        fixture.given(REGISTERED, evaluationRecorded())
                .when(certificateRequest(EVALUATION.value()))
                .expectException(refusedWith(UnknownRecord.class))
                .expectNoEvents();
    }

    @Test
    void a_request_about_a_retracted_commendation_is_refused() {
        fixture.given(REGISTERED, CERTIFICATE_AWARDED, certificateRetracted(null))
                .when(certificateRequest(CERTIFICATE.value()))
                .expectException(refusedWith(RecordAlreadyRetracted.class));
    }

    @Test
    void correcting_the_evaluation_with_the_request_id_approves_the_request() {
        fixture.given(REGISTERED, evaluationRecorded(), evaluationRequested())
                .when(evaluationCorrection(REQUEST))
                .expectEvents(evaluationCorrected(REQUEST), approved());
    }

    @Test
    void correcting_the_commendation_with_the_request_id_approves_the_request() {
        fixture.given(REGISTERED, CERTIFICATE_AWARDED, certificateRequested())
                .when(new CorrectCommendation(MALEE, CERTIFICATE, certificateAsCorrected(), DETAILS, REQUEST))
                .expectEvents(
                        new CommendationCorrected(
                                MALEE, CERTIFICATE, CERTIFICATE_AWARDED, certificateCorrected(), DETAILS, REQUEST),
                        approved());
    }

    @Test
    void retracting_the_commendation_with_the_request_id_approves_the_request() {
        fixture.given(REGISTERED, CERTIFICATE_AWARDED, certificateRequested())
                .when(new RetractRecord(MALEE, CERTIFICATE.value(), RecordKind.COMMENDATION, DETAILS, REQUEST))
                .expectEvents(certificateRetracted(REQUEST), approved());
    }

    @Test
    void an_evaluation_correction_cannot_approve_a_request_about_a_training() {
        fixture.given(REGISTERED, TRAINING_RECORDED, evaluationRecorded(), trainingRequested())
                .when(evaluationCorrection(REQUEST))
                .expectException(refusedWith(CorrectionRequestForAnotherRecord.class))
                .expectNoEvents();
    }

    @Test
    void a_commendation_correction_cannot_approve_a_request_about_the_evaluation() {
        fixture.given(REGISTERED, evaluationRecorded(), CERTIFICATE_AWARDED, evaluationRequested())
                .when(new CorrectCommendation(MALEE, CERTIFICATE, certificateAsCorrected(), DETAILS, REQUEST))
                .expectException(refusedWith(CorrectionRequestForAnotherRecord.class))
                .expectNoEvents();
    }

    @Test
    void an_evaluation_correction_answering_an_unknown_request_is_refused() {
        fixture.given(REGISTERED, evaluationRecorded())
                .when(evaluationCorrection(REQUEST))
                .expectException(refusedWith(UnknownCorrectionRequest.class))
                .expectNoEvents();
    }

    @Test
    void a_commendation_correction_cannot_approve_a_rejected_request() {
        fixture.given(
                        REGISTERED,
                        CERTIFICATE_AWARDED,
                        certificateRequested(),
                        new CorrectionRequestRejected(MALEE, REQUEST, "เลขที่ถูกต้องแล้ว", HR_OFFICER))
                .when(new CorrectCommendation(MALEE, CERTIFICATE, certificateAsCorrected(), DETAILS, REQUEST))
                .expectException(refusedWith(CorrectionRequestAlreadyDecided.class))
                .expectNoEvents();
    }

    @Test
    void an_evaluation_correction_cannot_approve_a_request_twice() {
        fixture.given(REGISTERED, evaluationRecorded(), evaluationRequested(), evaluationCorrected(REQUEST), approved())
                .when(evaluationCorrection(REQUEST))
                .expectException(refusedWith(CorrectionRequestAlreadyDecided.class))
                .expectNoEvents();
    }

    private static RequestCorrection evaluationRequest() {
        return new RequestCorrection(
                MALEE, REQUEST, EVALUATION.value(), RecordKind.EVALUATION, SCORE_WRONG, SCORE_EVIDENCE, REQUESTED_ON);
    }

    private static RequestCorrection certificateRequest(String recordId) {
        return new RequestCorrection(
                MALEE, REQUEST, recordId, RecordKind.COMMENDATION, NUMBER_WRONG, NUMBER_EVIDENCE, REQUESTED_ON);
    }

    private static CorrectionRequested evaluationRequested() {
        return requested(RecordKind.EVALUATION, EVALUATION.value(), SCORE_WRONG, SCORE_EVIDENCE);
    }

    private static CorrectionRequested certificateRequested() {
        return requested(RecordKind.COMMENDATION, CERTIFICATE.value(), NUMBER_WRONG, NUMBER_EVIDENCE);
    }

    private static RecordRetracted certificateRetracted(CorrectionRequestId requestId) {
        return new RecordRetracted(MALEE, CERTIFICATE.value(), RecordKind.COMMENDATION, DETAILS, requestId);
    }

    private static CorrectionRequestApproved approved() {
        return new CorrectionRequestApproved(MALEE, REQUEST, HR_OFFICER);
    }
}
