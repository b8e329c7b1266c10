package org.prawat.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.GrantSalaryStepIncrease;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.evaluation.EvaluationAlreadyRecordedForRound;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.TrainingAlreadyRecorded;
import org.prawat.ui.PrawatIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 35-year case file on the real PostgreSQL is snapshotted, loaded from its snapshot, and still
 * refuses or accepts commands by records made decades before the snapshot.
 */
@PrawatIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFileSnapshotIT {

    private static final Duration SNAPSHOT_TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    private ThirtyFiveYearCareer.Recorded career;
    private long snapshotAt;

    @BeforeAll
    void record_a_35_year_career() throws InterruptedException {
        career = ThirtyFiveYearCareer.record(commands);
        snapshotAt = CaseFileStore.awaitSnapshot(jdbc, career.employeeId(), 0, SNAPSHOT_TIMEOUT);
    }

    @Test
    void the_case_file_is_read_from_its_latest_snapshot_not_from_its_first_event() {
        var first = eventStore.readEvents(career.employeeId().value()).peek();

        assertThat(career.events()).isGreaterThanOrEqualTo(500);
        assertThat(CaseFileStore.eventsOf(jdbc, career.employeeId())).isGreaterThanOrEqualTo(career.events());
        assertThat(first.getSequenceNumber()).isGreaterThanOrEqualTo(snapshotAt).isPositive();
        assertThat(first.getPayload().getClass().getSimpleName())
                .as("the first message is the case file itself, read back from JSON")
                .isEqualTo(first.getType());
    }

    @Test
    void a_second_evaluation_for_the_first_round_of_the_career_is_refused() {
        assertThatThrownBy(() -> commands.sendAndWait(new RecordEvaluation(
                        career.employeeId(),
                        EvaluationId.random(),
                        new FiscalYear(ThirtyFiveYearCareer.FIRST_YEAR),
                        1,
                        new BigDecimal("95"),
                        70,
                        new BigDecimal("95"),
                        30,
                        "นายประเสริฐ ปลัดองค์การบริหารส่วนตำบล",
                        LocalDate.of(1992, 3, 31),
                        null)))
                .isInstanceOf(EvaluationAlreadyRecordedForRound.class);
    }

    @Test
    void a_training_id_from_the_first_year_of_the_career_is_refused() {
        var training = ThirtyFiveYearCareer.training("การบริหารงานบุคคลส่วนท้องถิ่น", LocalDate.of(2026, 10, 5));

        assertThatThrownBy(() ->
                        commands.sendAndWait(new RecordTraining(career.employeeId(), career.firstTraining(), training)))
                .isInstanceOf(TrainingAlreadyRecorded.class);
    }

    @Test
    void a_salary_step_increase_may_rest_on_the_first_evaluation_of_the_career() {
        int granted = CaseFileStore.eventsOf(jdbc, career.employeeId(), "SalaryStepIncreaseGranted");

        commands.sendAndWait(new GrantSalaryStepIncrease(
                career.employeeId(),
                CommendationId.random(),
                new BigDecimal("0.5"),
                null,
                career.firstEvaluation(),
                "คำสั่งที่ 412/2569",
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 10, 1)));

        assertThat(CaseFileStore.eventsOf(jdbc, career.employeeId(), "SalaryStepIncreaseGranted"))
                .isEqualTo(granted + 1);
    }

    @Test
    void a_training_from_the_first_year_of_the_career_can_be_corrected() {
        var asCertified = ThirtyFiveYearCareer.training("ปฐมนิเทศพนักงานส่วนตำบลบรรจุใหม่", LocalDate.of(1991, 11, 8));

        commands.sendAndWait(new CorrectTraining(
                career.employeeId(),
                career.firstTraining(),
                asCertified,
                new CorrectionDetails(
                        "ชื่อหลักสูตรไม่ตรงกับวุฒิบัตร", "วุฒิบัตรเลขที่ สพถ. 1/2535", "นางสาวสุภาพร ศรีสุข"),
                null));

        assertThat(CaseFileStore.eventsOf(jdbc, career.employeeId(), "TrainingCorrected"))
                .isOne();
    }
}
