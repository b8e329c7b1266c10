package org.prawat.query.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The live indices, through their aliases. A tracking processor applies a batch of events in one
 * unit of work; each alias gets one {@link Documents} for the whole batch, flushed when the unit of
 * work prepares to commit: one bulk request per index per batch, written in the same transaction as
 * the processor's token. If Elasticsearch refuses, the transaction rolls back, the token stays, and
 * the batch is applied again later (projections are idempotent).
 */
public final class LiveProjectionTarget implements ProjectionTarget {

    private static final String RESOURCE = LiveProjectionTarget.class.getName() + "/";

    private final ElasticsearchClient client;

    public LiveProjectionTarget(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public Documents documents(String alias) {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("Live projections write inside an event processor's unit of work");
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE + alias, key -> {
            var documents = new ElasticsearchDocuments(client, alias);
            batch.onPrepareCommit(unitOfWork -> documents.flush());
            return documents;
        });
    }
}
