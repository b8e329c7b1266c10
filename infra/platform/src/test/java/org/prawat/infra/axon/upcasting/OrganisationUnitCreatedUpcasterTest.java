package org.prawat.infra.axon.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

class OrganisationUnitCreatedUpcasterTest {

    private static final String STORED_REVISION_1 =
            "{\"unitId\":\"9b8aba18\",\"name\":\"กระทรวงมหาดไทย\",\"kind\":\"MINISTRY\",\"parentId\":null}";

    private final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(new ObjectMapper()).build();

    @Test
    void revision_1_gains_an_empty_effective_date_and_becomes_revision_2() {
        var upcast = upcast(OrganisationUnitCreatedUpcaster.TYPE, "1");

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.getData(JsonNode.class).getData();
        assertThat(payload.has("effectiveOn")).isTrue();
        assertThat(payload.get("effectiveOn").isNull()).isTrue();
        assertThat(payload.get("name").asText()).isEqualTo("กระทรวงมหาดไทย");
    }

    @Test
    void other_events_and_revisions_pass_unchanged() {
        assertThat(upcast(OrganisationUnitCreatedUpcaster.TYPE, "2").getType().getRevision())
                .isEqualTo("2");
        assertThat(upcast("org.prawat.api.employee.EmployeeTransferred", "1")
                        .getType()
                        .getRevision())
                .isEqualTo("1");
    }

    private IntermediateEventRepresentation upcast(String type, String revision) {
        var entry = new GenericDomainEventEntry<>(
                "OrganisationUnit",
                "9b8aba18",
                0,
                "event-1",
                Instant.EPOCH,
                type,
                revision,
                STORED_REVISION_1.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        Stream<IntermediateEventRepresentation> input = Stream.of(new InitialEventRepresentation(entry, serializer));
        return new OrganisationUnitCreatedUpcaster().upcast(input).findFirst().orElseThrow();
    }
}
