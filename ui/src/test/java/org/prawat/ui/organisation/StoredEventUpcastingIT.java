package org.prawat.ui.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.OrganisationUnitRenamed;
import org.prawat.api.organisation.RenameOrganisationUnit;
import org.prawat.ui.PrawatIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An event stored by an older Prawat (revision 1) still loads, upcast, and its unit still takes commands. */
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
}
