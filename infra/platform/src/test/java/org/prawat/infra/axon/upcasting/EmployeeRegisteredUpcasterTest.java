package org.prawat.infra.axon.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeRegistered;

class EmployeeRegisteredUpcasterTest {

    /** Exactly what Prawat wrote for EmployeeRegistered before revision 2. */
    private static final String STORED_REVISION_1 =
            """
            {"employeeId":"b1e3","nationalId":"1101700203451","title":"นางสาว","firstName":"สุภาพร",\
            "lastName":"ใจดี","unitId":"9b8a","position":"นักทรัพยากรบุคคลชำนาญการ","appointedOn":"2010-10-01"}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().findAndAddModules().build())
            .build();

    @Test
    void a_stored_revision_1_registration_reads_as_revision_2_with_type_and_level_unknown() {
        var upcast = upcast("1");

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        EmployeeRegistered registered = serializer.deserialize(upcast.getData());
        assertThat(registered.personnelType()).isNull();
        assertThat(registered.level()).isNull();
        assertThat(registered.position()).isEqualTo("นักทรัพยากรบุคคลชำนาญการ");
        assertThat(registered.appointedOn()).isEqualTo(LocalDate.of(2010, 10, 1));
    }

    @Test
    void revision_2_passes_unchanged() {
        assertThat(upcast("2").getType().getRevision()).isEqualTo("2");
    }

    private IntermediateEventRepresentation upcast(String revision) {
        var entry = new GenericDomainEventEntry<>(
                "Employee",
                "b1e3",
                0,
                "event-1",
                Instant.EPOCH,
                EmployeeRegisteredUpcaster.TYPE,
                revision,
                STORED_REVISION_1.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        var input = Stream.<IntermediateEventRepresentation>of(new InitialEventRepresentation(entry, serializer));
        return new EmployeeRegisteredUpcaster().upcast(input).findFirst().orElseThrow();
    }
}
