package org.prawat.domain.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.employee.SnapshotTestData.FIRST_EVALUATION;
import static org.prawat.domain.employee.SnapshotTestData.FIRST_YEAR;
import static org.prawat.domain.employee.SnapshotTestData.HOURS_CORRECTED;
import static org.prawat.domain.employee.SnapshotTestData.HR_OFFICER;
import static org.prawat.domain.employee.SnapshotTestData.MISRECORDED;
import static org.prawat.domain.employee.SnapshotTestData.OPEN_REQUEST;
import static org.prawat.domain.employee.SnapshotTestData.ORIENTATION;
import static org.prawat.domain.employee.SnapshotTestData.RETRACTED;
import static org.prawat.domain.employee.SnapshotTestData.SOMSRI;

import com.fasterxml.jackson.annotation.JsonMerge;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.GrantSalaryStepIncrease;
import org.prawat.api.commendation.SalaryStepIncreaseGranted;
import org.prawat.api.commendation.UnknownJustifyingEvaluation;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionRequestApproved;
import org.prawat.api.correction.RecordAlreadyRetracted;
import org.prawat.api.correction.TrainingCorrected;
import org.prawat.api.employee.CaseFileClosed;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.SeparateEmployee;
import org.prawat.api.employee.SeparationReason;
import org.prawat.api.evaluation.EvaluationAlreadyRecordedForRound;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.SubmitTrainingReport;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingAlreadyRecorded;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.domain.SnapshotState;
import org.prawat.domain.TestClock;

/**
 * A case file read back from its snapshot keeps every rule that rests on its history: each test
 * below is given nothing but the restored aggregate (as Axon's repository is) and a command.
 */
class EmployeeSnapshotTest {

    private static final LocalDate RETIRED = LocalDate.of(2026, 9, 30);
    private static final EmployeeSeparated SEPARATED =
            new EmployeeSeparated(SOMSRI, SeparationReason.RETIRED, "กจ. 301/2569", RETIRED);

    private AggregateTestFixture<Employee> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResource(TestClock.TODAY_IN_THAILAND);
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void the_snapshot_holds_the_whole_case_file_and_is_read_back_into_the_same_state() {
        var original = CaseFileSnapshots.take(SnapshotTestData.career(), TestClock.TODAY_IN_THAILAND);

        var restored = CaseFileSnapshots.restored(CaseFileSnapshots.stored(original));

        assertThat(restored).usingRecursiveComparison().isEqualTo(original.getPayload());
        assertThat(new String(CaseFileSnapshots.stored(original).getPayload().getData()))
                .contains(ORIENTATION.value(), FIRST_EVALUATION.value(), OPEN_REQUEST.value(), "TRAINING:" + RETRACTED);
    }

    @Test
    void a_training_id_recorded_before_the_snapshot_is_refused() {
        fixture.given(restored())
                .when(new RecordTraining(SOMSRI, ORIENTATION, SnapshotTestData.misrecordedAsCertified()))
                .expectException(refusedWith(TrainingAlreadyRecorded.class))
                .expectNoEvents();
    }

    @Test
    void a_second_evaluation_for_a_round_before_the_snapshot_is_refused() {
        fixture.given(restored())
                .when(new RecordEvaluation(
                        SOMSRI,
                        EvaluationId.random(),
                        new FiscalYear(FIRST_YEAR),
                        1,
                        new BigDecimal("90"),
                        70,
                        new BigDecimal("90"),
                        30,
                        "นายประเสริฐ ปลัดองค์การบริหารส่วนตำบล",
                        LocalDate.of(2002, 3, 31),
                        null))
                .expectException(refusedWith(EvaluationAlreadyRecordedForRound.class))
                .expectNoEvents();
    }

    @Test
    void a_salary_step_increase_may_rest_on_an_evaluation_recorded_before_the_snapshot() {
        var increase = salaryStepIncreaseResting(FIRST_EVALUATION);

        fixture.given(restored())
                .when(increase)
                .expectEvents(new SalaryStepIncreaseGranted(
                        SOMSRI,
                        increase.commendationId(),
                        new BigDecimal("0.5"),
                        null,
                        FIRST_EVALUATION,
                        "88/2570",
                        TestClock.TODAY,
                        TestClock.TODAY));
    }

    @Test
    void a_salary_step_increase_resting_on_an_unknown_evaluation_is_refused() {
        fixture.given(restored())
                .when(salaryStepIncreaseResting(new EvaluationId("evaluation-1-2520")))
                .expectException(refusedWith(UnknownJustifyingEvaluation.class))
                .expectNoEvents();
    }

    @Test
    void a_training_recorded_before_the_snapshot_is_corrected_as_its_open_request_asks() {
        var misrecorded = asRecorded(MISRECORDED);

        fixture.given(restored())
                .when(new CorrectTraining(
                        SOMSRI, MISRECORDED, SnapshotTestData.misrecordedAsCertified(), HOURS_CORRECTED, OPEN_REQUEST))
                .expectEvents(
                        new TrainingCorrected(
                                SOMSRI,
                                MISRECORDED,
                                misrecorded,
                                SnapshotTestData.misrecordedAsCertified(),
                                HOURS_CORRECTED,
                                OPEN_REQUEST),
                        new CorrectionRequestApproved(SOMSRI, OPEN_REQUEST, HR_OFFICER));
    }

    @Test
    void a_training_retracted_before_the_snapshot_stays_retracted() {
        fixture.given(restored())
                .when(new SubmitTrainingReport(SOMSRI, RETRACTED, "เนื้อหาการอบรม", "นำไปใช้ในงาน", TestClock.TODAY))
                .expectException(refusedWith(RecordAlreadyRetracted.class))
                .expectNoEvents();
    }

    @Test
    void a_restored_case_file_can_be_separated() {
        fixture.given(restored())
                .when(new SeparateEmployee(SOMSRI, SeparationReason.RETIRED, "กจ. 301/2569", RETIRED))
                .expectEvents(SEPARATED);
    }

    @Test
    void a_restored_case_file_separated_afterwards_takes_no_new_records() {
        fixture.given(restored(), SEPARATED)
                .when(new RecordTraining(
                        SOMSRI, new TrainingId("after-retirement"), SnapshotTestData.misrecordedAsCertified()))
                .expectException(refusedWith(CaseFileClosed.class))
                .expectNoEvents();
    }

    @Test
    void a_case_file_snapshotted_after_separation_stays_closed() {
        var history = new ArrayList<>(SnapshotTestData.career());
        history.add(SEPARATED);

        fixture.given(restoredFrom(history))
                .when(salaryStepIncreaseResting(FIRST_EVALUATION))
                .expectException(refusedWith(CaseFileClosed.class))
                .expectNoEvents();
    }

    @Test
    void every_member_is_read_back_into_the_instance_the_case_file_was_built_with() {
        assertThat(members()).isNotEmpty().allSatisfy(member -> {
            assertThat(Modifier.isFinal(member.getModifiers()))
                    .as("%s is final", member.getName())
                    .isTrue();
            assertThat(member.isAnnotationPresent(JsonMerge.class))
                    .as("%s is @JsonMerge", member.getName())
                    .isTrue();
            assertThat(member.getType().isAnnotationPresent(SnapshotState.class))
                    .as("%s is @SnapshotState", member.getType().getSimpleName())
                    .isTrue();
        });
        assertThat(Employee.class.isAnnotationPresent(SnapshotState.class)).isTrue();
    }

    @Test
    void a_members_view_of_another_member_is_not_stored_in_the_snapshot() {
        Set<Class<?>> memberTypes = members().stream().map(Field::getType).collect(Collectors.toSet());
        var views = memberTypes.stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredFields()))
                .filter(field -> memberTypes.contains(field.getType())
                        || field.getType().isAnnotationPresent(FunctionalInterface.class))
                .toList();

        assertThat(views).allSatisfy(view -> assertThat(Modifier.isTransient(view.getModifiers()))
                .as("%s.%s is transient", view.getDeclaringClass().getSimpleName(), view.getName())
                .isTrue());
    }

    @Test
    void only_snapshots_of_the_aggregates_current_revision_are_read() {
        var stored = CaseFileSnapshots.stored(
                CaseFileSnapshots.take(SnapshotTestData.career(), TestClock.TODAY_IN_THAILAND));
        var ofAnOlderShape = new GenericDomainEventEntry<>(
                stored.getType(),
                stored.getAggregateIdentifier(),
                stored.getSequenceNumber(),
                stored.getEventIdentifier(),
                stored.getTimestamp(),
                stored.getPayload().getType().getName(),
                "0",
                stored.getPayload().getData(),
                stored.getMetaData().getData());

        assertThat(stored.getPayload().getType().getRevision()).isEqualTo("2");
        assertThat(EmployeeSnapshots.revisionFilter().allow(stored)).isTrue();
        assertThat(EmployeeSnapshots.revisionFilter().allow(ofAnOlderShape)).isFalse();
    }

    private static Employee restored() {
        return restoredFrom(SnapshotTestData.career());
    }

    private static Employee restoredFrom(List<?> history) {
        var snapshot = CaseFileSnapshots.take(history, TestClock.TODAY_IN_THAILAND);
        return CaseFileSnapshots.restored(CaseFileSnapshots.stored(snapshot));
    }

    private static List<Field> members() {
        return Arrays.stream(Employee.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(AggregateMember.class))
                .toList();
    }

    private static Training asRecorded(TrainingId trainingId) {
        return SnapshotTestData.career().stream()
                .filter(TrainingRecorded.class::isInstance)
                .map(TrainingRecorded.class::cast)
                .filter(recorded -> recorded.trainingId().equals(trainingId))
                .findFirst()
                .orElseThrow()
                .training();
    }

    private static GrantSalaryStepIncrease salaryStepIncreaseResting(EvaluationId evaluationId) {
        return new GrantSalaryStepIncrease(
                SOMSRI,
                CommendationId.random(),
                new BigDecimal("0.5"),
                null,
                evaluationId,
                "88/2570",
                TestClock.TODAY,
                TestClock.TODAY);
    }
}
