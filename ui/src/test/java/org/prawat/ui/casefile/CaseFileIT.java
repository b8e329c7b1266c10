package org.prawat.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.security.Role;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.infra.security.CurrentActor;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestActors;
import org.prawat.ui.TestEmployees;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** One person's case file through the command bus into PostgreSQL, read back as an auditor would. */
@PrawatIntegrationTest
class CaseFileIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_record_is_stored_in_order_with_who_issued_it_why_and_a_correlation_id() {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var otherUnit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนตำบลใหม่");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        var id = registration.employeeId();
        send(registration, "hr.officer", null);
        send(new TransferEmployee(id, otherUnit, "123/2567", LocalDate.of(2024, 6, 1)), "hr.officer", "คำสั่งย้าย");
        send(
                new RecordTraining(
                        id,
                        TrainingId.random(),
                        new Training(
                                TrainingKind.ORIENTATION,
                                "ปฐมนิเทศพนักงานส่วนตำบล",
                                "สถาบันพัฒนาบุคลากรท้องถิ่น",
                                List.of("ดร.วิทยาธร ท่อแก้ว"),
                                LocalDate.of(2024, 7, 1),
                                LocalDate.of(2024, 7, 3),
                                new BigDecimal("18"),
                                DevelopmentArea.GENERAL_KNOWLEDGE,
                                TrainingOutcome.PASSED,
                                null,
                                null,
                                null)),
                "hr.officer",
                null);
        send(
                new RecordEvaluation(
                        id,
                        EvaluationId.random(),
                        new FiscalYear(2568),
                        1,
                        new BigDecimal("92"),
                        70,
                        new BigDecimal("88"),
                        30,
                        "นายไพเจน มากสุวรรณ์",
                        LocalDate.of(2025, 3, 31),
                        "ดีเด่น"),
                "manager",
                null);

        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT payload_type, meta_data->>'issuedBy' AS issued_by, meta_data->>'reason' AS reason,"
                        + " meta_data->>'correlationId' AS correlation_id, recorded_at, payload"
                        + " FROM event_journal WHERE aggregate_identifier = ? ORDER BY sequence_number",
                id.value());

        assertThat(events)
                .extracting(e -> ((String) e.get("payload_type")).replaceAll(".*\\.", ""))
                .containsExactly("EmployeeRegistered", "EmployeeTransferred", "TrainingRecorded", "EvaluationRecorded");
        assertThat(events)
                .extracting(e -> e.get("issued_by"))
                .containsExactly("hr.officer", "hr.officer", "hr.officer", "manager");
        assertThat(events.get(1).get("reason")).isEqualTo("คำสั่งย้าย");
        assertThat(events).allSatisfy(e -> assertThat(e.get("correlation_id")).isNotNull());
        assertThat(events).allSatisfy(e -> assertThat(e.get("recorded_at")).isNotNull());
        assertThat(events.get(3).get("payload").toString()).contains("\"level\": \"OUTSTANDING\"");
    }

    /** Sends as the person {@code issuedBy} (a manager when the name says so): the server stamps who. */
    private void send(Object command, String issuedBy, String reason) {
        var metaData = reason == null ? MetaData.emptyInstance() : MetaData.with(MetaDataKeys.REASON, reason);
        var role = issuedBy.startsWith("manager") ? Role.MANAGER : Role.HR_OFFICER;
        CurrentActor.runAs(
                TestActors.of(issuedBy, role),
                () -> commands.sendAndWait(
                        GenericCommandMessage.asCommandMessage(command).withMetaData(metaData)));
    }
}
