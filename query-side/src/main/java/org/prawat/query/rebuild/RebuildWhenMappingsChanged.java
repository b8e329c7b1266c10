package org.prawat.query.rebuild;

import org.prawat.infra.elasticsearch.SearchIndexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After an upgrade that changed a read model's mapping or the Thai analysis, the indices made by the
 * older version cannot take the new documents: the read models are rebuilt into new index versions
 * as soon as the application is up, while searches answer from the old ones until the switch.
 */
@Component
class RebuildWhenMappingsChanged {

    private static final Logger log = LoggerFactory.getLogger(RebuildWhenMappingsChanged.class);

    private final SearchIndexes indexes;
    private final ProjectionRebuild rebuild;

    RebuildWhenMappingsChanged(SearchIndexes indexes, ProjectionRebuild rebuild) {
        this.indexes = indexes;
        this.rebuild = rebuild;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildOutdatedReadModels() {
        if (!indexes.outdated().isEmpty()) {
            log.warn("Read models made by an older version: {}; rebuilding them now", indexes.outdated());
            rebuild.start();
        }
    }
}
