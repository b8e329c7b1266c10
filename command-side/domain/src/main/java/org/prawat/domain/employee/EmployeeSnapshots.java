package org.prawat.domain.employee;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of case files. A 35-year career runs to hundreds of events; once loading a case file
 * has gone through {@value #THRESHOLD_PROPERTY} events since its last snapshot (100 unless
 * configured), Axon stores the whole {@link Employee} as a new snapshot, and later loads start from
 * it and replay only the events after it.
 */
@Configuration(proxyBeanMethods = false)
class EmployeeSnapshots {

    static final String TRIGGER = "employeeSnapshotTrigger";
    static final String FILTER = "employeeSnapshotFilter";
    static final String THRESHOLD_PROPERTY = "prawat.case-file.snapshot-threshold";

    /** What Axon writes as the aggregate type of every case-file event and snapshot (no explicit type given). */
    static final String AGGREGATE_TYPE = Employee.class.getSimpleName();

    @Bean(TRIGGER)
    SnapshotTriggerDefinition employeeSnapshotTrigger(
            Snapshotter snapshotter, @Value("${" + THRESHOLD_PROPERTY + ":100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Only snapshots of the aggregate's current {@link Revision} are read; one of an older shape is
     * passed over and the case file replayed from its events (and snapshotted anew).
     */
    @Bean(FILTER)
    SnapshotFilter employeeSnapshotFilter() {
        return revisionFilter();
    }

    static SnapshotFilter revisionFilter() {
        return RevisionSnapshotFilter.builder()
                .type(AGGREGATE_TYPE)
                .revision(Employee.class.getAnnotation(Revision.class).value())
                .build();
    }
}
