package org.prawat.query.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The live indices, through their aliases. A tracking processor applies a batch of events in one
 * unit of work; each alias gets one {@link Documents} for the whole batch, flushed when the unit of
 * work prepares to commit: one bulk request per batch for all its indices, in the same transaction as
 * the processor's token. If Elasticsearch refuses, the transaction rolls back, the token stays, and
 * the batch is applied again later (projections are idempotent).
 *
 * <p>An alias only one single-threaded processor writes is also cached across batches
 * ({@link DocumentCache}), so its documents are not fetched again for every event: the cache takes a
 * batch's writes once it has committed, and forgets everything when a batch rolls back or when
 * {@link #forgetCachedDocuments()} says the alias now means another index. Aliases written by
 * others (or by nobody) are always read from Elasticsearch.
 */
public final class LiveProjectionTarget implements ProjectionTarget {

    private static final String RESOURCE = LiveProjectionTarget.class.getName() + "/";

    private final ElasticsearchClient client;
    private final Map<String, DocumentCache> caches = new ConcurrentHashMap<>();

    /** Nothing cached: every read asks Elasticsearch. */
    public LiveProjectionTarget(ElasticsearchClient client) {
        this(client, List.of(), DocumentCache.DEFAULT_CAPACITY);
    }

    /** Caches up to {@code capacity} documents of each alias in {@code soleWriterAliases}. */
    public LiveProjectionTarget(ElasticsearchClient client, Collection<String> soleWriterAliases, int capacity) {
        this.client = client;
        soleWriterAliases.forEach(alias -> caches.put(alias, new DocumentCache(capacity)));
    }

    @Override
    public Documents documents(String alias) {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("Live projections write inside an event processor's unit of work");
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        // Looked up first: a unit of work's resources cannot be computed inside one another.
        var writes = batchWrites(batch);
        return batch.getOrComputeResource(RESOURCE + alias, key -> {
            var documents = new ElasticsearchDocuments(client, alias);
            writes.add(documents);
            var cache = caches.get(alias);
            if (cache == null) {
                return documents;
            }
            var cached = new CachedDocuments(documents, cache, null);
            batch.afterCommit(unitOfWork -> cached.committed());
            // Some of this batch may have reached the index although the token did not move.
            batch.onRollback(unitOfWork -> cache.clear());
            return cached;
        });
    }

    /** The indices this batch writes, all sent in one bulk request when the batch prepares to commit. */
    private List<ElasticsearchDocuments> batchWrites(UnitOfWork<?> batch) {
        return batch.getOrComputeResource(RESOURCE + "#writes", key -> {
            List<ElasticsearchDocuments> written = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> {
                List<BulkOperation> operations = new ArrayList<>();
                written.forEach(documents -> operations.addAll(documents.takeOperations()));
                ElasticsearchDocuments.write(client, operations);
            });
            return written;
        });
    }

    /** The aliases now mean other indices (a rebuild switched them): nothing cached holds any more. */
    public void forgetCachedDocuments() {
        caches.values().forEach(DocumentCache::clear);
    }
}
