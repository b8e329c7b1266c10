package org.prawat.query.knowledge;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.prawat.query.projection.LiveProjectionTarget;
import org.prawat.query.projection.ProjectionSet;
import org.prawat.query.projection.ProjectionTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live knowledge read model: both projections writing to the live indices in one tracking
 * processor (the authors' names and units must be as far as the documents' events). The processor
 * is new to a running system, so it starts from the first stored event and catches up by itself.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    static final String PROCESSING_GROUP = "knowledge";

    /** Events per unit of work, so per bulk request: a catch-up writes hundreds at a time, not one. */
    static final int BATCH_SIZE = 200;

    @Bean
    KnowledgeAuthorsProjection knowledgeAuthorsProjection(LiveProjectionTarget target) {
        return new KnowledgeAuthorsProjection(target);
    }

    @Bean
    KnowledgeProjection knowledgeProjection(LiveProjectionTarget target) {
        return new KnowledgeProjection(target);
    }

    /** The same projections made afresh for another target, for a rebuild. */
    @Bean
    ProjectionSet knowledgeProjections() {
        return new ProjectionSet() {
            @Override
            public String processingGroup() {
                return PROCESSING_GROUP;
            }

            @Override
            public List<String> aliases() {
                return KnowledgeStore.ALIASES;
            }

            @Override
            public List<Object> projections(ProjectionTarget target) {
                return KnowledgeConfiguration.projections(target);
            }
        };
    }

    /** Fresh instances of both projections writing to {@code target}. */
    static List<Object> projections(ProjectionTarget target) {
        return List.of(new KnowledgeAuthorsProjection(target), new KnowledgeProjection(target));
    }

    @Bean
    ConfigurerModule knowledgeInBatches() {
        return configurer -> configurer
                .eventProcessing()
                .registerTrackingEventProcessorConfiguration(
                        PROCESSING_GROUP, c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(BATCH_SIZE));
    }
}
