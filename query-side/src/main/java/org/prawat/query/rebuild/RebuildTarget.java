package org.prawat.query.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    private final ElasticsearchClient client;
    private final Map<String, CachedDocuments> documents = new LinkedHashMap<>();
    private final List<ElasticsearchDocuments> indices = new ArrayList<>();

    /** @param events about how many events will be replayed, to size what remembers the written ids */
    RebuildTarget(ElasticsearchClient client, Map<String, String> newIndexByAlias, long events) {
        this.client = client;
        newIndexByAlias.forEach((alias, index) -> {
            var stored = new ElasticsearchDocuments(client, index);
            indices.add(stored);
            documents.put(
                    alias,
                    new CachedDocuments(
                            stored, new DocumentCache(DocumentCache.DEFAULT_CAPACITY), new WrittenIds(events)));
        });
    }

    @Override
    public Documents documents(String alias) {
        Documents found = documents.get(alias);
        if (found == null) {
            throw new IllegalArgumentException("No projection set declares the alias " + alias);
        }
        return found;
    }

    /** Every index's writes since the last flush, in one bulk request. */
    void flush() {
        List<BulkOperation> operations = new ArrayList<>();
        indices.forEach(index -> operations.addAll(index.takeOperations()));
        ElasticsearchDocuments.write(client, operations);
        documents.values().forEach(CachedDocuments::committed);
    }
}
