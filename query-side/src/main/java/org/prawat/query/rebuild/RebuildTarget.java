package org.prawat.query.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.prawat.query.projection.CachedDocuments;
import org.prawat.query.projection.DocumentCache;
import org.prawat.query.projection.Documents;
import org.prawat.query.projection.ElasticsearchDocuments;
import org.prawat.query.projection.ProjectionTarget;
import org.prawat.query.projection.WrittenIds;

/**
 * The new index versions: every alias a projection names means its new index here, also when a
 * projection reads another read model's alias (e.g. unit paths), so a rebuild never reads the live
 * indices it is replacing. Writes are buffered until {@link #flushInBackground()} or {@link #flush()}.
 *
 * <p>Until the switch the rebuild is the only writer of the new versions, so a document it never
 * wrote does not exist and one it wrote lately is still in memory: only the rest is fetched.
 *
 * <p>One bulk request may be in flight while the next events are applied (issue 7: the replay
 * waited on Elasticsearch half of its time). Its documents are already in the cache; a read that
 * has to go to an index waits for it first, so it never misses a document on its way there.
 */
final class RebuildTarget implements ProjectionTarget, AutoCloseable {

    private final ElasticsearchClient client;
    private final Map<String, CachedDocuments> documents = new LinkedHashMap<>();
    private final List<ElasticsearchDocuments> indices = new ArrayList<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "projection-rebuild-bulk");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> inFlight = CompletableFuture.completedFuture(null);

    /** @param events about how many events will be replayed, to size what remembers the written ids */
    RebuildTarget(ElasticsearchClient client, Map<String, String> newIndexByAlias, long events) {
        this.client = client;
        newIndexByAlias.forEach((alias, index) -> {
            var stored = new ElasticsearchDocuments(client, index);
            indices.add(stored);
            documents.put(
                    alias,
                    new CachedDocuments(
                            new AfterWrites(stored),
                            new DocumentCache(DocumentCache.DEFAULT_CAPACITY),
                            new WrittenIds(events)));
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

    /**
     * Every index's writes since the last flush, in one bulk request sent on another thread once
     * the previous one is done; its failure fails the next flush or read.
     */
    void flushInBackground() {
        List<BulkOperation> operations = new ArrayList<>();
        indices.forEach(index -> operations.addAll(index.takeOperations()));
        awaitWrites();
        inFlight = writer.submit(() -> ElasticsearchDocuments.write(client, operations));
        documents.values().forEach(CachedDocuments::committed);
    }

    /** Every write so far is in the indices when this returns. */
    void flush() {
        flushInBackground();
        awaitWrites();
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }

    private void awaitWrites() {
        try {
            inFlight.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new IllegalStateException("Writing the rebuilt documents failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the rebuilt documents", e);
        }
    }

    /** An index read only once the bulk request in flight is done. */
    private final class AfterWrites implements Documents {
        private final Documents index;

        AfterWrites(Documents index) {
            this.index = index;
        }

        @Override
        public <T> Optional<T> get(String id, Class<T> type) {
            awaitWrites();
            return index.get(id, type);
        }

        @Override
        public <T> Map<String, T> getAll(Collection<String> ids, Class<T> type) {
            awaitWrites();
            return index.getAll(ids, type);
        }

        @Override
        public void put(String id, Object document) {
            index.put(id, document);
        }

        @Override
        public List<String> idsWhere(String field, String value) {
            awaitWrites();
            return index.idsWhere(field, value);
        }

        @Override
        public void flush() {
            awaitWrites();
            index.flush();
        }
    }
}
