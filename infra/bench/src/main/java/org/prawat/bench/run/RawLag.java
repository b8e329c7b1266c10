package org.prawat.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * The floor under the projection lag: one row inserted in its own transaction, then one timeline
 * document indexed and read back by a real-time GET, in sequence and with nothing in between (no
 * event processor polling, no batching). What "accepted → visible" costs at the least.
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

    Latencies measure(int samples) throws Exception {
        elasticsearch.copyIndex("timeline", SCRATCH);
        JsonNode document = elasticsearch
                .post("/timeline/_search", elasticsearch.body("{\"size\":1}"))
                .path("hits")
                .path("hits")
                .path(0)
                .path("_source");
        String body = document.toString();
        var lags = new Latencies();
        try {
            for (int i = 0; i < samples; i++) {
                String id = UUID.randomUUID().toString();
                lags.time(() -> {
                    try {
                        inserts.insertOne();
                        var index = new Request("PUT", "/" + SCRATCH + "/_doc/" + id);
                        index.setJsonEntity(body);
                        RawElasticsearch.drain(client.performRequest(index));
                        var get = new Request("GET", "/" + SCRATCH + "/_doc/" + id);
                        get.addParameter("realtime", "true");
                        RawElasticsearch.drain(client.performRequest(get));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        } finally {
            elasticsearch.delete(SCRATCH);
        }
        return lags;
    }
}
