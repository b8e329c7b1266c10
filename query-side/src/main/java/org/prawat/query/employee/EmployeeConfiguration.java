package org.prawat.query.employee;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.prawat.query.projection.LiveProjectionTarget;
import org.prawat.query.projection.ProjectionSet;
import org.prawat.query.projection.ProjectionTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live employee profiles: both projections in one tracking processor, writing in batches. */
@Configuration(proxyBeanMethods = false)
class EmployeeConfiguration {

    static final String PROCESSING_GROUP = "employees";

    /** Events per unit of work, so per bulk request. */
    static final int BATCH_SIZE = 200;

    @Bean
    EmployeeProjection employeeProjection(LiveProjectionTarget target) {
        return new EmployeeProjection(target);
    }

    @Bean
    EmployeeRecordsProjection employeeRecordsProjection(LiveProjectionTarget target) {
        return new EmployeeRecordsProjection(target);
    }

    /** The same projections made afresh for another target, for a rebuild. */
    @Bean
    ProjectionSet employeeProjections() {
        return new ProjectionSet() {
            @Override
            public String processingGroup() {
                return PROCESSING_GROUP;
            }

            @Override
            public List<String> aliases() {
                return List.of(EmployeeProfiles.PROFILES, EmployeeProfiles.UNITS, EmployeeProfiles.RECORDS);
            }

            @Override
            public List<Object> projections(ProjectionTarget target) {
                return List.of(new EmployeeProjection(target), new EmployeeRecordsProjection(target));
            }
        };
    }

    @Bean
    ConfigurerModule employeesInBatches() {
        return configurer -> configurer
                .eventProcessing()
                .registerTrackingEventProcessorConfiguration(
                        PROCESSING_GROUP, c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(BATCH_SIZE));
    }
}
