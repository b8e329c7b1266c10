package org.prawat.query.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Documents} of one Elasticsearch index or alias, written in one bulk request per flush. */
public final class ElasticsearchDocuments implements Documents {

    private static final int SCROLL_PAGE = 1_000;
    private static final String SCROLL_KEEP_ALIVE = "1m";

    private final ElasticsearchClient client;
    private final String index;
    private final Map<String, Object> pending = new LinkedHashMap<>();

    public ElasticsearchDocuments(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    @Override
    public <T> Optional<T> get(String id, Class<T> type) {
        if (pending.containsKey(id)) {
            return Optional.of(type.cast(pending.get(id)));
        }
        try {
            return Optional.ofNullable(
                    client.get(g -> g.index(index).id(id).realtime(true), type).source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <T> Map<String, T> getAll(Collection<String> ids, Class<T> type) {
        List<String> stored =
                ids.stream().filter(id -> !pending.containsKey(id)).distinct().toList();
        Map<String, T> found = new LinkedHashMap<>();
        if (!stored.isEmpty()) {
            try {
                for (var item : client.mget(m -> m.index(index).ids(stored).realtime(true), type)
                        .docs()) {
                    if (item.isFailure()) {
                        throw new IllegalStateException(
                                "Reading " + index + "/" + item.failure().id() + " failed: "
                                        + item.failure().error().reason());
                    }
                    if (item.result().found()) {
                        found.put(item.result().id(), item.result().source());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, T> inOrder = new LinkedHashMap<>();
        for (String id : ids) {
            Object document = pending.containsKey(id) ? pending.get(id) : found.get(id);
            if (document != null) {
                inOrder.put(id, type.cast(document));
            }
        }
        return inOrder;
    }

    @Override
    public void put(String id, Object document) {
        pending.put(id, document);
    }

    @Override
    public List<String> idsWhere(String field, String value) {
        flush();
        List<String> ids = new ArrayList<>();
        try {
            client.indices().refresh(r -> r.index(index));
            var page = client.search(
                    s -> s.index(index)
                            .size(SCROLL_PAGE)
                            .scroll(t -> t.time(SCROLL_KEEP_ALIVE))
                            .source(c -> c.fetch(false))
                            .query(q -> q.term(t -> t.field(field).value(value))),
                    JsonData.class);
            String scrollId = page.scrollId();
            var hits = page.hits().hits();
            while (!hits.isEmpty()) {
                hits.stream().map(Hit::id).forEach(ids::add);
                String current = scrollId;
                var next =
                        client.scroll(r -> r.scrollId(current).scroll(t -> t.time(SCROLL_KEEP_ALIVE)), JsonData.class);
                scrollId = next.scrollId();
                hits = next.hits().hits();
            }
            String last = scrollId;
            client.clearScroll(c -> c.scrollId(last));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    @Override
    public void flush() {
        write(client, takeOperations());
    }

    /**
     * The writes buffered so far, as bulk operations naming this index, no longer pending: for a
     * caller that sends several indices' writes in one request ({@link #write}).
     */
    public List<BulkOperation> takeOperations() {
        List<BulkOperation> operations = new ArrayList<>(pending.size());
        pending.forEach((id, document) -> operations.add(
                BulkOperation.of(b -> b.index(i -> i.index(index).id(id).document(document)))));
        pending.clear();
        return operations;
    }

    /** One bulk request; fails, naming a refused document, unless every operation succeeded. */
    public static void write(ElasticsearchClient client, List<BulkOperation> operations) {
        if (operations.isEmpty()) {
            return;
        }
        try {
            var response = client.bulk(b -> b.operations(operations));
            if (response.errors()) {
                var failed = response.items().stream()
                        .filter(item -> item.error() != null)
                        .toList();
                throw new IllegalStateException(failed.size() + " of " + operations.size()
                        + " documents not written, e.g. " + describe(failed.get(0)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(BulkResponseItem item) {
        return item.index() + "/" + item.id() + ": " + item.error().type() + " "
                + item.error().reason();
    }
}
