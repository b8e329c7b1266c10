package org.prawat.domain.correction;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.correction.CorrectionTestData.AS_CORRECTED;
import static org.prawat.domain.correction.CorrectionTestData.AS_RECORDED;
import static org.prawat.domain.correction.CorrectionTestData.DETAILS;
import static org.prawat.domain.correction.CorrectionTestData.EVALUATION;
import static org.prawat.domain.correction.CorrectionTestData.HR_OFFICER;
import static org.prawat.domain.correction.CorrectionTestData.MALEE;
import static org.prawat.domain.correction.CorrectionTestData.REGISTERED;
import static org.prawat.domain.correction.CorrectionTestData.SEPARATED;
import static org.prawat.domain.correction.CorrectionTestData.TRAINING_RECORDED;
import static org.prawat.domain.correction.CorrectionTestData.WORKSHOP;
import static org.prawat.domain.correction.CorrectionTestData.evaluationRecorded;
import static org.prawat.domain.correction.CorrectionTestData.workshop;

import java.time.LocalDate;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.DateInFuture;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionChangesNothing;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.RecordAlreadyRetracted;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.correction.TrainingCorrected;
import org.prawat.api.correction.UnknownRecord;
import org.prawat.api.employee.CaseFileClosed;
import org.prawat.api.training.ImplausibleTrainingHours;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingEndsBeforeStart;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.UnknownTraining;
import org.prawat.domain.employee.Employee;

/** HR's corrections and retractions; the owner's requests are in {@link CorrectionRequestsDecisionTest}. */
class CorrectionRequestsTest {

    private final AggregateTestFixture<Employee> fixture = CorrectionTestData.fixture();

    @Test
    void a_correction_keeps_the_previous_content_beside_the_corrected_one() {
        var untidy =
                new CorrectionDetails(" วุฒิบัตรระบุ 18 ชั่วโมง ", " วุฒิบัตรเลขที่ ทม.มห 045/2567", HR_OFFICER + " ");
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(new CorrectTraining(MALEE, WORKSHOP, AS_CORRECTED, untidy, null))
                .expectEvents(new TrainingCorrected(MALEE, WORKSHOP, AS_RECORDED, AS_CORRECTED, DETAILS, null));
    }

    @Test
    void a_correction_that_changes_nothing_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(new CorrectTraining(MALEE, WORKSHOP, AS_RECORDED, DETAILS, null))
                .expectException(refusedWith(CorrectionChangesNothing.class))
                .expectNoEvents();
    }

    @Test
    void a_second_correction_strikes_through_the_first_correction() {
        var third = workshop("20");
        fixture.given(REGISTERED, TRAINING_RECORDED, corrected())
                .when(new CorrectTraining(MALEE, WORKSHOP, third, DETAILS, null))
                .expectEvents(new TrainingCorrected(MALEE, WORKSHOP, AS_CORRECTED, third, DETAILS, null));
    }

    @Test
    void a_correction_of_a_training_after_separation_is_accepted() {
        fixture.given(REGISTERED, TRAINING_RECORDED, SEPARATED)
                .when(new CorrectTraining(MALEE, WORKSHOP, AS_CORRECTED, DETAILS, null))
                .expectEvents(corrected());
    }

    @Test
    void a_new_training_after_separation_is_refused_because_the_case_file_is_closed() {
        fixture.given(REGISTERED, TRAINING_RECORDED, SEPARATED)
                .when(new RecordTraining(MALEE, new TrainingId("late"), AS_RECORDED))
                .expectException(refusedWith(CaseFileClosed.class))
                .expectNoEvents();
    }

    @Test
    void a_correction_of_an_unknown_training_is_refused() {
        fixture.given(REGISTERED)
                .when(new CorrectTraining(MALEE, WORKSHOP, AS_CORRECTED, DETAILS, null))
                .expectException(refusedWith(UnknownTraining.class))
                .expectNoEvents();
    }

    @Test
    void corrected_hours_beyond_what_the_days_allow_are_refused_as_when_recording() {
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(new CorrectTraining(MALEE, WORKSHOP, workshop("25"), DETAILS, null))
                .expectException(refusedWith(ImplausibleTrainingHours.class))
                .expectNoEvents();
    }

    @Test
    void corrected_dates_ending_before_the_start_are_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(new CorrectTraining(MALEE, WORKSHOP, withDates(2024, 3, 12, 3, 11), DETAILS, null))
                .expectException(refusedWith(TrainingEndsBeforeStart.class));
    }

    @Test
    void corrected_dates_in_the_future_are_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(new CorrectTraining(MALEE, WORKSHOP, withDates(2026, 12, 1, 12, 2), DETAILS, null))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_correction_without_evidence_is_refused_by_the_command_shape() {
        var noEvidence = new CorrectionDetails("วุฒิบัตรระบุ 18 ชั่วโมง", " ", HR_OFFICER);
        assertThatThrownBy(() -> fixture.given(REGISTERED, TRAINING_RECORDED)
                        .when(new CorrectTraining(MALEE, WORKSHOP, AS_CORRECTED, noEvidence, null)))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("The evidence reference is required");
    }

    @Test
    void a_training_is_retracted_with_the_reason_evidence_and_approver() {
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(new RetractRecord(MALEE, " " + WORKSHOP.value(), RecordKind.TRAINING, DETAILS, null))
                .expectEvents(retracted());
    }

    @Test
    void an_evaluation_is_retracted() {
        fixture.given(REGISTERED, evaluationRecorded())
                .when(new RetractRecord(MALEE, EVALUATION.value(), RecordKind.EVALUATION, DETAILS, null))
                .expectEvents(new RecordRetracted(MALEE, EVALUATION.value(), RecordKind.EVALUATION, DETAILS, null));
    }

    @Test
    void a_record_is_retracted_after_separation() {
        fixture.given(REGISTERED, TRAINING_RECORDED, SEPARATED)
                .when(new RetractRecord(MALEE, WORKSHOP.value(), RecordKind.TRAINING, DETAILS, null))
                .expectEvents(retracted());
    }

    @Test
    void retracting_an_unknown_record_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(new RetractRecord(MALEE, "no-such-record", RecordKind.TRAINING, DETAILS, null))
                .expectException(refusedWith(UnknownRecord.class))
                .expectNoEvents();
    }

    @Test
    void retracting_a_training_id_as_an_evaluation_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED)
                .when(new RetractRecord(MALEE, WORKSHOP.value(), RecordKind.EVALUATION, DETAILS, null))
                .expectException(refusedWith(UnknownRecord.class));
    }

    @Test
    void retracting_a_record_twice_is_refused() {
        fixture.given(REGISTERED, TRAINING_RECORDED, retracted())
                .when(new RetractRecord(MALEE, WORKSHOP.value(), RecordKind.TRAINING, DETAILS, null))
                .expectException(refusedWith(RecordAlreadyRetracted.class))
                .expectNoEvents();
    }

    @Test
    void a_retracted_training_cannot_be_corrected() {
        fixture.given(REGISTERED, TRAINING_RECORDED, retracted())
                .when(new CorrectTraining(MALEE, WORKSHOP, AS_CORRECTED, DETAILS, null))
                .expectException(refusedWith(RecordAlreadyRetracted.class))
                .expectNoEvents();
    }

    static TrainingCorrected corrected() {
        return new TrainingCorrected(MALEE, WORKSHOP, AS_RECORDED, AS_CORRECTED, DETAILS, null);
    }

    static RecordRetracted retracted() {
        return new RecordRetracted(MALEE, WORKSHOP.value(), RecordKind.TRAINING, DETAILS, null);
    }

    private static Training withDates(int year, int startMonth, int startDay, int endMonth, int endDay) {
        var t = AS_RECORDED;
        return new Training(
                t.kind(),
                t.courseTitle(),
                t.provider(),
                t.trainers(),
                LocalDate.of(year, startMonth, startDay),
                LocalDate.of(year, endMonth, endDay),
                t.hours(),
                t.area(),
                t.outcome(),
                t.certificateNumber(),
                t.cost(),
                t.funding());
    }
}
