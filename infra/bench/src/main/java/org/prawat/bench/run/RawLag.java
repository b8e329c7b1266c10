package org.prawat.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * The floor under the projection lag: one row inserted in its own transaction, then one timeline
 * document indexed and read back by a real-time GET (visible), or indexed with
 * {@code refresh=wait_for} (searchable), in sequence and with nothing in between (no event
 * processor polling, no batching). What "accepted → visible/searchable" costs at the least.
 */
final class RawLag {

    static final String SCRATCH = "bench-raw-lag";

    private final RawInserts inserts;
    private final RawElasticsearch elasticsearch;
    private final RestClient client;

    RawLag(RawInserts inserts, RawElasticsearch elasticsearch, RestClient client) {
        this.inserts = inserts;
        this.elasticsearch = elasticsearch;
        this.client = client;
    }

    /** The floor to visible (real-time GET) and to searchable (indexed with refresh=wait_for). */
    record Result(Latencies visible, Latencies searchable) {}

    /** Searchable samples wait for the periodic refresh (up to a second each), so fewer of them. */
    private static final int SEARCHABLE_SAMPLES = 40;

    Result measure(int samples) throws Exception {
        elasticsearch.copyIndex("timeline", SCRATCH);
        JsonNode document = elasticsearch
                .post("/timeline/_search", elasticsearch.body("{\"size\":1}"))
                .path("hits")
                .path("hits")
                .path(0)
                .path("_source");
        String body = document.toString();
        var visible = new Latencies();
        var searchable = new Latencies();
        try {
            for (int i = 0; i < samples; i++) {
                visible.time(() -> insertAndIndex(body, false));
            }
            for (int i = 0; i < Math.min(samples, SEARCHABLE_SAMPLES); i++) {
                searchable.time(() -> insertAndIndex(body, true));
            }
        } finally {
            elasticsearch.delete(SCRATCH);
        }
        return new Result(visible, searchable);
    }

    private void insertAndIndex(String body, boolean untilSearchable) {
        String id = UUID.randomUUID().toString();
        try {
            inserts.insertOne();
            var index = new Request("PUT", "/" + SCRATCH + "/_doc/" + id);
            index.setJsonEntity(body);
            if (untilSearchable) {
                index.addParameter("refresh", "wait_for");
            }
            RawElasticsearch.drain(client.performRequest(index));
            if (!untilSearchable) {
                var get = new Request("GET", "/" + SCRATCH + "/_doc/" + id);
                get.addParameter("realtime", "true");
                RawElasticsearch.drain(client.performRequest(get));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
