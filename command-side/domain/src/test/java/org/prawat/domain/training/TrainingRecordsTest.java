package org.prawat.domain.training;

import static org.prawat.domain.RuleViolationMatcher.refusedWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.DateInFuture;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.RecordAlreadyRetracted;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.ImplausibleTrainingHours;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.SubmitTrainingReport;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingAlreadyRecorded;
import org.prawat.api.training.TrainingEndsBeforeStart;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.api.training.TrainingReportAlreadySubmitted;
import org.prawat.api.training.TrainingReportSubmitted;
import org.prawat.api.training.UnknownTraining;
import org.prawat.domain.TestClock;
import org.prawat.domain.employee.Employee;

class TrainingRecordsTest {

    private static final EmployeeId WITTAYA = new EmployeeId("wittaya");
    private static final TrainingId ORIENTATION = new TrainingId("orientation-2567");
    private static final EmployeeRegistered REGISTERED = new EmployeeRegistered(
            WITTAYA,
            "1103700123453",
            "นาย",
            "วิทยา",
            "บุญมา",
            PersonnelType.SUBDISTRICT_STAFF,
            new OrganisationUnitId("songkhla-pao-hr"),
            "นักทรัพยากรบุคคลปฏิบัติการ",
            null,
            LocalDate.of(2024, 1, 15));

    private AggregateTestFixture<Employee> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResource(TestClock.TODAY_IN_THAILAND);
    }

    @Test
    void a_completed_orientation_is_recorded_in_the_case_file() {
        var training = orientation(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 7), "18");
        fixture.given(REGISTERED)
                .when(new RecordTraining(WITTAYA, ORIENTATION, training))
                .expectEvents(new TrainingRecorded(WITTAYA, ORIENTATION, training));
    }

    @Test
    void an_end_date_before_the_start_date_is_refused() {
        fixture.given(REGISTERED)
                .when(new RecordTraining(
                        WITTAYA, ORIENTATION, orientation(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 5), "6")))
                .expectException(refusedWith(TrainingEndsBeforeStart.class))
                .expectNoEvents();
    }

    @Test
    void zero_hours_are_refused() {
        fixture.given(REGISTERED)
                .when(new RecordTraining(
                        WITTAYA, ORIENTATION, orientation(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 5), "0")))
                .expectException(refusedWith(ImplausibleTrainingHours.class));
    }

    @Test
    void more_hours_than_the_days_allow_are_refused() {
        fixture.given(REGISTERED)
                .when(new RecordTraining(
                        WITTAYA, ORIENTATION, orientation(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 6), "25")))
                .expectException(refusedWith(ImplausibleTrainingHours.class));
    }

    @Test
    void a_training_in_the_future_is_refused() {
        var tomorrow = TestClock.TODAY.plusDays(1);
        fixture.given(REGISTERED)
                .when(new RecordTraining(WITTAYA, ORIENTATION, orientation(tomorrow, tomorrow, "6")))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_buddhist_era_year_in_the_start_date_is_refused() {
        fixture.given(REGISTERED)
                .when(new RecordTraining(
                        WITTAYA, ORIENTATION, orientation(LocalDate.of(2567, 2, 5), LocalDate.of(2024, 2, 7), "18")))
                .expectException(refusedWith(BuddhistEraYearGiven.class));
    }

    @Test
    void the_same_training_id_twice_is_refused() {
        var training = orientation(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 7), "18");
        fixture.given(REGISTERED, new TrainingRecorded(WITTAYA, ORIENTATION, training))
                .when(new RecordTraining(WITTAYA, ORIENTATION, training))
                .expectException(refusedWith(TrainingAlreadyRecorded.class));
    }

    @Test
    void the_participant_reports_what_was_learned_and_how_it_will_be_applied() {
        var training = orientation(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 7), "18");
        var submitted = LocalDate.of(2024, 2, 20);
        fixture.given(REGISTERED, new TrainingRecorded(WITTAYA, ORIENTATION, training))
                .when(new SubmitTrainingReport(
                        WITTAYA, ORIENTATION, " หัวใจการให้บริการ ", "นำไปปรับปรุงงานบริการประชาชน", submitted))
                .expectEvents(new TrainingReportSubmitted(
                        WITTAYA, ORIENTATION, "หัวใจการให้บริการ", "นำไปปรับปรุงงานบริการประชาชน", submitted));
    }

    @Test
    void a_report_on_an_unknown_training_is_refused() {
        fixture.given(REGISTERED)
                .when(new SubmitTrainingReport(WITTAYA, ORIENTATION, "ก", "ข", LocalDate.of(2024, 2, 20)))
                .expectException(refusedWith(UnknownTraining.class));
    }

    @Test
    void a_second_report_on_the_same_training_is_refused() {
        var training = orientation(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 7), "18");
        var report = new TrainingReportSubmitted(WITTAYA, ORIENTATION, "ก", "ข", LocalDate.of(2024, 2, 20));
        fixture.given(REGISTERED, new TrainingRecorded(WITTAYA, ORIENTATION, training), report)
                .when(new SubmitTrainingReport(WITTAYA, ORIENTATION, "ค", "ง", LocalDate.of(2024, 2, 21)))
                .expectException(refusedWith(TrainingReportAlreadySubmitted.class));
    }

    @Test
    void a_report_on_a_retracted_training_is_refused() {
        var training = orientation(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 7), "18");
        var retracted = new RecordRetracted(
                WITTAYA,
                ORIENTATION.value(),
                RecordKind.TRAINING,
                new CorrectionDetails("บันทึกผิดคน", "บันทึกข้อความ กจ. 12/2567", "นางสาวสุภาพร ศรีสุข"),
                null);
        fixture.given(REGISTERED, new TrainingRecorded(WITTAYA, ORIENTATION, training), retracted)
                .when(new SubmitTrainingReport(WITTAYA, ORIENTATION, "ก", "ข", LocalDate.of(2024, 2, 20)))
                .expectException(refusedWith(RecordAlreadyRetracted.class))
                .expectNoEvents();
    }

    private static Training orientation(LocalDate start, LocalDate end, String hours) {
        return new Training(
                TrainingKind.ORIENTATION,
                "กลยุทธ์การทำงานร่วมกันสู่ความเป็นเลิศ",
                "องค์การบริหารส่วนจังหวัดสงขลา",
                List.of("รองศาสตราจารย์ ดร.วิทยาธร ท่อแก้ว"),
                start,
                end,
                new BigDecimal(hours),
                DevelopmentArea.PERSONAL_QUALITIES,
                TrainingOutcome.PASSED,
                "อบจ.สข 001/2567",
                new BigDecimal("1500.00"),
                "งบประมาณ อบจ.สงขลา");
    }
}
