package org.prawat.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.prawat.query.rebuild.ProjectionRebuild;

/**
 * The raw limit of a replay: every document the rebuild left in each index, read back and sent
 * with {@code _bulk} into a scratch index with the same mapping and analysis. Bulks are as many per
 * index as the rebuild made (it flushes every FLUSH_EVERY events), so they are as big; only the time of the
 * bulk requests and the final refresh counts, not reading the documents back.
 */
final class RawBulk {

    /** Seconds spent in {@code _bulk} and refresh, documents written, bulk requests sent. */
    record Result(double seconds, long documents, long bulks) {}

    static final String PREFIX = "bench-raw-";
    private static final int REBUILD_FLUSH_EVERY = ProjectionRebuild.FLUSH_EVERY;
    private static final String SCROLL = "2m";

    private final RawElasticsearch elasticsearch;

    RawBulk(RawElasticsearch elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    Result measure(List<String> aliases, long events) {
        long bulksOfRebuild = Math.max(1, (events + REBUILD_FLUSH_EVERY - 1) / REBUILD_FLUSH_EVERY);
        long nanos = 0;
        long documents = 0;
        long bulks = 0;
        for (String alias : aliases) {
            String scratch = PREFIX + alias;
            elasticsearch.copyIndex(alias, scratch);
            try {
                elasticsearch.refresh(alias);
                long count =
                        elasticsearch.get("/" + alias + "/_count").path("count").asLong();
                int perBulk = (int) Math.max(1, Math.min(10_000, (count + bulksOfRebuild - 1) / bulksOfRebuild));
                JsonNode page = elasticsearch.post(
                        "/" + alias + "/_search?scroll=" + SCROLL,
                        elasticsearch.json().createObjectNode().put("size", perBulk));
                while (page.path("hits").path("hits").size() > 0) {
                    byte[] body = ndjson(page.path("hits").path("hits"));
                    long start = System.nanoTime();
                    elasticsearch.bulk(scratch, body);
                    nanos += System.nanoTime() - start;
                    documents += page.path("hits").path("hits").size();
                    bulks++;
                    page = elasticsearch.post(
                            "/_search/scroll",
                            elasticsearch
                                    .json()
                                    .createObjectNode()
                                    .put("scroll", SCROLL)
                                    .put("scroll_id", page.path("_scroll_id").asText()));
                }
                long start = System.nanoTime();
                elasticsearch.refresh(scratch);
                nanos += System.nanoTime() - start;
            } finally {
                elasticsearch.delete(scratch);
            }
        }
        return new Result(nanos / 1e9, documents, bulks);
    }

    private static byte[] ndjson(JsonNode hits) {
        var out = new ByteArrayOutputStream();
        for (JsonNode hit : hits) {
            String action = "{\"index\":{\"_id\":" + hit.path("_id").toString() + "}}\n";
            out.writeBytes(action.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(hit.path("_source").toString().getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return out.toByteArray();
    }
}
