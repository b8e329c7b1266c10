package org.prawat.ui.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.OrganisationUnitRenamed;
import org.prawat.api.organisation.RenameOrganisationUnit;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestEmployees;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Events stored by an older Prawat (revision 1) still load, upcast, and their aggregates still take commands. */
@PrawatIntegrationTest
class StoredEventUpcastingIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    CommandGateway commands;

    @Test
    void a_unit_created_before_revision_2_is_read_with_an_unknown_effective_date_and_can_be_renamed() {
        String unitId = UUID.randomUUID().toString();
        // Exactly what the first version of Prawat wrote for OrganisationUnitCreated (revision 1).
        String storedJson =
                "{\"unitId\":\"" + unitId + "\",\"name\":\"กระทรวงมหาดไทย\",\"kind\":\"MINISTRY\",\"parentId\":null}";
        jdbc.update(
                "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                        + " meta_data, payload, payload_revision, payload_type, time_stamp)"
                        + " VALUES (?, 0, 'OrganisationUnit', ?, convert_to('{}', 'UTF8'), convert_to(?, 'UTF8'), '1',"
                        + " 'org.prawat.api.organisation.OrganisationUnitCreated', '2026-11-22T04:58:18.892Z')",
                unitId,
                UUID.randomUUID().toString(),
                storedJson);
        jdbc.update("INSERT INTO organisation_unit_lookup (unit_id, parent_id) VALUES (?, NULL)", unitId);

        var created =
                (OrganisationUnitCreated) eventStore.readEvents(unitId).next().getPayload();
        assertThat(created.name()).isEqualTo("กระทรวงมหาดไทย");
        assertThat(created.effectiveOn()).isNull();

        commands.sendAndWait(new RenameOrganisationUnit(
                new OrganisationUnitId(unitId), "กระทรวงมหาดไทย (สำนักงานปลัด)", LocalDate.of(2025, 10, 1)));
        var events = eventStore.readEvents(unitId).asStream().toList();
        assertThat(events).hasSize(2);
        assertThat(((OrganisationUnitRenamed) events.get(1).getPayload()).previousName())
                .isEqualTo("กระทรวงมหาดไทย");
    }

    @Test
    void an_employee_registered_before_revision_2_reads_with_type_and_level_unknown_and_takes_records() {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนตำบลใหม่");
        String employeeId = UUID.randomUUID().toString();
        // Exactly what Prawat wrote for EmployeeRegistered before revision 2.
        String storedJson = "{\"employeeId\":\"" + employeeId + "\",\"nationalId\":\"" + TestEmployees.newNationalId()
                + "\",\"title\":\"นาย\",\"firstName\":\"ประเสริฐ\",\"lastName\":\"" + TestEmployees.newSurname()
                + "\",\"unitId\":\"" + unit.value() + "\",\"position\":\"ปลัดองค์การบริหารส่วนตำบล\","
                + "\"appointedOn\":\"2001-05-01\"}";
        store(employeeId, "Employee", "org.prawat.api.employee.EmployeeRegistered", storedJson);

        var registered =
                (EmployeeRegistered) eventStore.readEvents(employeeId).next().getPayload();
        assertThat(registered.personnelType()).isNull();
        assertThat(registered.position()).isEqualTo("ปลัดองค์การบริหารส่วนตำบล");

        var other = TestEmployees.createUnit(commands, "เทศบาลเมืองแม่เหียะ");
        commands.sendAndWait(
                new TransferEmployee(new EmployeeId(employeeId), other, "77/2568", LocalDate.of(2025, 1, 2)));
        assertThat(eventStore.readEvents(employeeId).asStream()).hasSize(2);
    }

    private void store(String aggregateId, String aggregateType, String payloadType, String json) {
        jdbc.update(
                "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                        + " meta_data, payload, payload_revision, payload_type, time_stamp)"
                        + " VALUES (?, 0, ?, ?, convert_to('{}', 'UTF8'), convert_to(?, 'UTF8'), '1', ?,"
                        + " '2026-11-22T04:58:18.892Z')",
                aggregateId,
                aggregateType,
                UUID.randomUUID().toString(),
                json,
                payloadType);
    }
}
