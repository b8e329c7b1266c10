package org.prawat.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.audit.CaseFileEvent;
import org.prawat.api.audit.FindCaseFileEvents;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestActors;
import org.prawat.ui.TestEmployees;
import org.springframework.beans.factory.annotation.Autowired;

/** The raw event stream of a case file, read from the real event store and scoped by the timeline. */
@PrawatIntegrationTest
class CaseFileEventStreamIT {

    private static final Duration PROJECTED_WITHIN = Duration.ofSeconds(60);

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Test
    void the_stream_lists_every_event_in_order_with_who_why_when_and_the_payload_as_stored() {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        var employee = registration.employeeId();
        var training = TrainingId.random();
        Instant before = Instant.now();
        commands.sendAndWait(registration);
        TestActors.asHrOfficer(
                "hr.somsri",
                () -> commands.sendAndWait(
                        GenericCommandMessage.asCommandMessage(new RecordTraining(employee, training, course("18")))));
        TestActors.asHrOfficer(
                "hr.somsri",
                () -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CorrectTraining(
                                employee,
                                training,
                                course("21"),
                                new CorrectionDetails(
                                        "วุฒิบัตรระบุ 21 ชั่วโมง",
                                        "หนังสือสถาบันดำรงราชานุภาพ ที่ มท 0216/123",
                                        "ผู้อำนวยการกองการเจ้าหน้าที่"),
                                null))
                        .withMetaData(MetaData.with(MetaDataKeys.REASON, "วุฒิบัตรระบุ 21 ชั่วโมง"))));

        var events = events(employee, Scope.everything());

        assertThat(events)
                .extracting(CaseFileEvent::eventType)
                .containsExactly("EmployeeRegistered", "TrainingRecorded", "TrainingCorrected");
        assertThat(events).extracting(CaseFileEvent::sequenceNumber).containsExactly(0L, 1L, 2L);
        var recorded = events.get(1);
        assertThat(recorded.revision()).isEqualTo("1");
        assertThat(recorded.businessDate()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(recorded.recordedAt()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(recorded.issuedBy()).isEqualTo("hr.somsri");
        assertThat(recorded.correlationId()).isNotBlank();
        assertThat(recorded.payloadJson())
                .contains("\"courseTitle\" : \"การอบรมเพื่อเสริมสมรรถนะ\"")
                .contains("\"hours\" : 18")
                .contains("\n");
        var corrected = events.get(2);
        assertThat(corrected.reason()).isEqualTo("วุฒิบัตรระบุ 21 ชั่วโมง");
        assertThat(corrected.payloadJson()).containsSubsequence("\"previous\"", "\"corrected\"", "\"details\"");
    }

    @Test
    void a_case_file_outside_the_callers_units_answers_nothing() throws InterruptedException {
        var unit = TestEmployees.createUnit(commands, "เทศบาลนครหาดใหญ่");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักจัดการงานทั่วไป");
        var employee = registration.employeeId();
        commands.sendAndWait(registration);

        var ownUnit = Scope.of(Set.of(unit));
        long deadline = System.nanoTime() + PROJECTED_WITHIN.toNanos();
        while (events(employee, ownUnit).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }

        assertThat(events(employee, ownUnit))
                .extracting(CaseFileEvent::eventType)
                .containsExactly("EmployeeRegistered");
        assertThat(events(employee, Scope.of(Set.of(OrganisationUnitId.random()))))
                .isEmpty();
        assertThat(events(employee, Scope.of(List.of()))).isEmpty();
    }

    private List<CaseFileEvent> events(EmployeeId employee, Scope scope) {
        return queries.query(
                        new FindCaseFileEvents(employee, scope), ResponseTypes.multipleInstancesOf(CaseFileEvent.class))
                .join();
    }

    private static Training course(String hours) {
        return new Training(
                TrainingKind.TRAINING,
                "การอบรมเพื่อเสริมสมรรถนะ",
                "สถาบันดำรงราชานุภาพ",
                List.of("นายกฤษฎา บุญราช"),
                LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 10, 3),
                new BigDecimal(hours),
                DevelopmentArea.MANAGEMENT,
                TrainingOutcome.PASSED,
                null,
                null,
                null);
    }
}
