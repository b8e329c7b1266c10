package org.prawat.query.timeline;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.prawat.query.projection.LiveProjectionTarget;
import org.prawat.query.projection.ProjectionSet;
import org.prawat.query.projection.ProjectionTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live timeline: each projection writing to the live indices, all in one tracking processor
 * (the career projection's unit paths must be as far as the others' events). The processor is new
 * to a running system, so it starts from the first stored event and catches up by itself.
 */
@Configuration(proxyBeanMethods = false)
class TimelineConfiguration {

    static final String PROCESSING_GROUP = "timeline";

    /** Events per unit of work, so per bulk request: a catch-up writes hundreds at a time, not one. */
    static final int BATCH_SIZE = 200;

    @Bean
    TimelineCareerProjection timelineCareerProjection(LiveProjectionTarget target) {
        return new TimelineCareerProjection(target);
    }

    @Bean
    TimelineDevelopmentProjection timelineDevelopmentProjection(LiveProjectionTarget target) {
        return new TimelineDevelopmentProjection(target);
    }

    @Bean
    TimelineMeritProjection timelineMeritProjection(LiveProjectionTarget target) {
        return new TimelineMeritProjection(target);
    }

    @Bean
    TimelineCorrectionProjection timelineCorrectionProjection(LiveProjectionTarget target) {
        return new TimelineCorrectionProjection(target);
    }

    /** The same projections made afresh for another target, for a rebuild. */
    @Bean
    ProjectionSet timelineProjections() {
        return new ProjectionSet() {
            @Override
            public String processingGroup() {
                return PROCESSING_GROUP;
            }

            @Override
            public List<String> aliases() {
                return List.of(TimelineStore.ENTRIES, TimelineStore.PEOPLE, TimelineStore.UNITS);
            }

            @Override
            public List<Object> projections(ProjectionTarget target) {
                return List.of(
                        new TimelineCareerProjection(target),
                        new TimelineDevelopmentProjection(target),
                        new TimelineMeritProjection(target),
                        new TimelineCorrectionProjection(target));
            }
        };
    }

    @Bean
    ConfigurerModule timelineInBatches() {
        return configurer -> configurer
                .eventProcessing()
                .registerTrackingEventProcessorConfiguration(
                        PROCESSING_GROUP, c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(BATCH_SIZE));
    }
}
