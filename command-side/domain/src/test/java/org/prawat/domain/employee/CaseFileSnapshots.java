package org.prawat.domain.employee;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.prawat.domain.lookup.InMemoryNationalIdRegistry;
import org.prawat.domain.lookup.InMemoryOrganisationUnitDirectory;

/**
 * A case file's snapshot as the application makes it: taken by Axon's {@link AggregateSnapshotter}
 * from the events, written to JSON and read back by a {@link JacksonSerializer} over an ObjectMapper
 * configured as infra's {@code AxonConfiguration.defaultAxonObjectMapper} (which this module cannot
 * see; {@code CaseFileSnapshotIT} in the ui runs the real one against PostgreSQL).
 */
final class CaseFileSnapshots {

    static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder()
                    .findAndAddModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build())
            .build();

    private CaseFileSnapshots() {}

    /** The snapshot Axon takes of the case file these events (all of one employee) make. */
    static DomainEventMessage<?> take(List<?> events, Clock clock) {
        var storage = new InMemoryEventStorageEngine();
        var messages = new ArrayList<DomainEventMessage<?>>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>(
                    EmployeeSnapshots.AGGREGATE_TYPE, SnapshotTestData.SOMSRI.value(), messages.size(), event));
        }
        storage.appendEvents(messages);
        var handlerParameters = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Employee.class),
                new SimpleResourceParameterResolverFactory(
                        List.of(clock, new InMemoryNationalIdRegistry(), new InMemoryOrganisationUnitDirectory())));
        AggregateSnapshotter.builder()
                .eventStore(EmbeddedEventStore.builder().storageEngine(storage).build())
                .aggregateFactories(new GenericAggregateFactory<>(Employee.class))
                .parameterResolverFactory(handlerParameters)
                .build()
                .scheduleSnapshot(Employee.class, SnapshotTestData.SOMSRI.value());
        return storage.readSnapshot(SnapshotTestData.SOMSRI.value()).orElseThrow();
    }

    /** The snapshot's row as the JDBC event store writes it: its payload in JSON, with type and revision. */
    static GenericDomainEventEntry<byte[]> stored(DomainEventMessage<?> snapshot) {
        SerializedObject<byte[]> payload = snapshot.serializePayload(SERIALIZER, byte[].class);
        return new GenericDomainEventEntry<>(
                snapshot.getType(),
                snapshot.getAggregateIdentifier(),
                snapshot.getSequenceNumber(),
                snapshot.getIdentifier(),
                snapshot.getTimestamp(),
                payload.getType().getName(),
                payload.getType().getRevision(),
                payload.getData(),
                snapshot.serializeMetaData(SERIALIZER, byte[].class).getData());
    }

    /** The case file as the event store reads it back from a snapshot row. */
    static Employee restored(GenericDomainEventEntry<byte[]> row) {
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(
                row.getPayload().getData(), byte[].class, row.getPayload().getType()));
    }
}
