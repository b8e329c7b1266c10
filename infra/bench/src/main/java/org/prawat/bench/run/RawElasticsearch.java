package org.prawat.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NByteArrayEntity;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.RestClient;

/**
 * Elasticsearch spoken to directly with the low-level client: no query bus, no access check, no
 * read log, no mapping of documents to records. What the raw limits are measured with.
 */
final class RawElasticsearch {

    private final RestClient client;
    private final ObjectMapper json = new ObjectMapper();

    RawElasticsearch(RestClient client) {
        this.client = client;
    }

    /** Sends the captured requests again, in order, reading each answer in full. */
    void replay(List<RequestCapture.Sent> requests) {
        for (var sent : requests) {
            var request = new Request(sent.method(), sent.path());
            if (sent.query() != null) {
                for (String pair : sent.query().split("&")) {
                    int eq = pair.indexOf('=');
                    request.addParameter(
                            decode(eq < 0 ? pair : pair.substring(0, eq)),
                            eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            var options = RequestOptions.DEFAULT.toBuilder();
            if (sent.accept() != null) {
                options.addHeader("Accept", sent.accept());
            }
            if (sent.body() != null) {
                request.setEntity(new NByteArrayEntity(
                        sent.body(),
                        sent.contentType() == null
                                ? ContentType.APPLICATION_JSON
                                : ContentType.parse(sent.contentType())));
            }
            request.setOptions(options);
            try {
                drain(perform(request));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    JsonNode get(String endpoint) {
        return read(perform(new Request("GET", endpoint)));
    }

    JsonNode post(String endpoint, JsonNode body) {
        var request = new Request("POST", endpoint);
        request.setJsonEntity(body.toString());
        return read(perform(request));
    }

    void put(String endpoint, JsonNode body) {
        var request = new Request("PUT", endpoint);
        request.setJsonEntity(body.toString());
        perform(request);
    }

    /** One {@code _bulk} of NDJSON; fails when Elasticsearch refuses any item. */
    void bulk(String index, byte[] ndjson) {
        var request = new Request("POST", "/" + index + "/_bulk");
        request.setEntity(new NByteArrayEntity(ndjson, ContentType.create("application/x-ndjson")));
        var answer = read(perform(request));
        if (answer.path("errors").asBoolean()) {
            throw new IllegalStateException("Raw bulk into " + index + " refused items: "
                    + answer.toString().substring(0, 500));
        }
    }

    void delete(String index) {
        var request = new Request("DELETE", "/" + index);
        request.addParameter("ignore_unavailable", "true");
        perform(request);
    }

    void refresh(String index) {
        perform(new Request("POST", "/" + index + "/_refresh"));
    }

    /**
     * A new empty index with the mapping, analysis and shard settings of the index behind
     * {@code alias}: the documents meet the same analyzers as in the application.
     */
    void copyIndex(String alias, String scratch) {
        delete(scratch);
        JsonNode mapping = get("/" + alias + "/_mapping").elements().next().path("mappings");
        JsonNode settings = get("/" + alias + "/_settings")
                .elements()
                .next()
                .path("settings")
                .path("index");
        ObjectNode body = json.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        for (String kept : List.of("analysis", "number_of_shards", "number_of_replicas", "refresh_interval")) {
            if (settings.has(kept)) {
                index.set(kept, settings.get(kept));
            }
        }
        body.set("mappings", mapping);
        put("/" + scratch, body);
    }

    JsonNode body(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    ObjectMapper json() {
        return json;
    }

    private org.elasticsearch.client.Response perform(Request request) {
        try {
            return client.performRequest(request);
        } catch (IOException e) {
            throw new IllegalStateException(request + " failed: " + e.getMessage(), e);
        }
    }

    private JsonNode read(org.elasticsearch.client.Response response) {
        try {
            return json.readTree(EntityUtils.toByteArray(response.getEntity()));
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable answer from Elasticsearch", e);
        }
    }

    /** Reads the whole answer without parsing it, as a client that only forwards it would. */
    static void drain(org.elasticsearch.client.Response response) throws IOException {
        EntityUtils.consume(response.getEntity());
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
