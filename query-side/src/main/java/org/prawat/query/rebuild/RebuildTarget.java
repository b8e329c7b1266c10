package org.prawat.query.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prawat.query.projection.CachedDocuments;
import org.prawat.query.projection.DocumentCache;
import org.prawat.query.projection.Documents;
import org.prawat.query.projection.ElasticsearchDocuments;
import org.prawat.query.projection.ProjectionTarget;
import org.prawat.query.projection.WrittenIds;

/**
 * The new index versions: every alias a projection names means its new index here, also when a
 * projection reads another read model's alias (e.g. unit paths), so a rebuild never reads the live
 * indices it is replacing. Writes are buffered until {@link #flush()}.
 *
 * <p>Until the switch the rebuild is the only writer of the new versions, so a document it never
 * wrote does not exist and one it wrote lately is still in memory: only the rest is fetched.
 */
final class RebuildTarget implements ProjectionTarget {

    private final Map<String, CachedDocuments> documents = new LinkedHashMap<>();

    /** @param events about how many events will be replayed, to size what remembers the written ids */
    RebuildTarget(ElasticsearchClient client, Map<String, String> newIndexByAlias, long events) {
        newIndexByAlias.forEach((alias, index) -> documents.put(
                alias,
                new CachedDocuments(
                        new ElasticsearchDocuments(client, index),
                        new DocumentCache(DocumentCache.DEFAULT_CAPACITY),
                        new WrittenIds(events))));
    }

    @Override
    public Documents documents(String alias) {
        Documents found = documents.get(alias);
        if (found == null) {
            throw new IllegalArgumentException("No projection set declares the alias " + alias);
        }
        return found;
    }

    void flush() {
        documents.values().forEach(written -> {
            written.flush();
            written.committed();
        });
    }
}
