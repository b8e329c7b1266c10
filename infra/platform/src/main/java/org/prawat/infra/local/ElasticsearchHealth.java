package org.prawat.infra.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** What answers on our port: {@code _cluster/health}, whether it is our cluster, whether the port is free. */
final class ElasticsearchHealth {

    private final LocalElasticsearch.Settings settings;
    private final URI uri;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    ElasticsearchHealth(LocalElasticsearch.Settings settings, URI uri) {
        this.settings = settings;
        this.uri = uri;
    }

    /** A quick look at what answers on the port; empty when nothing (or no Elasticsearch) answers. */
    Optional<JsonNode> probe() {
        return health("", Duration.ofSeconds(3));
    }

    /** Whether our cluster answers on the port now. */
    boolean answersOurs() {
        return isOurs(probe());
    }

    boolean isOurs(Optional<JsonNode> health) {
        return health.map(body ->
                        settings.clusterName().equals(body.path("cluster_name").asText()))
                .orElse(false);
    }

    /** Whether our cluster is at least yellow, waiting up to 2 s for it to become so. */
    boolean isUsable() {
        Optional<JsonNode> answer = health("?wait_for_status=yellow&timeout=2s", Duration.ofSeconds(5));
        return isOurs(answer) && !"red".equals(answer.get().path("status").asText());
    }

    /** {@code GET /_cluster/health<query>}; empty when nothing (or no Elasticsearch) answers. */
    private Optional<JsonNode> health(String query, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(uri.resolve("/_cluster/health" + query))
                .timeout(timeout)
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode body = json.readTree(response.body());
            return body != null && body.isObject() ? Optional.of(body) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalServiceException("Interrupted while waiting for Elasticsearch at " + uri, e);
        }
    }

    boolean isPortFree() {
        return LocalProcesses.isPortFree(settings.httpPort());
    }

    boolean waitForPortFree(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isPortFree()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(100);
        }
        return true;
    }

    /** The error for a port taken by something other than our cluster, {@code answer} being what it said. */
    LocalServiceException portTaken(Optional<JsonNode> answer) {
        int port = settings.httpPort();
        if (answer.isPresent() && answer.get().hasNonNull("cluster_name")) {
            return new LocalServiceException("Port " + port + " is taken by another Elasticsearch (cluster '"
                    + answer.get().get("cluster_name").asText() + "', not '" + settings.clusterName()
                    + "'), so the local Elasticsearch cannot start. Stop it, choose another port with "
                    + "-Dprawat.local.elasticsearch-port=<port>, or use it as an external server by setting "
                    + "SPRING_ELASTICSEARCH_URIS=http://127.0.0.1:" + port + ".");
        }
        return LocalServiceException.portTaken(
                "Elasticsearch", port, "prawat.local.elasticsearch-port", "SPRING_ELASTICSEARCH_URIS");
    }

    /** Pauses between two looks at the port or the cluster. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalServiceException("Interrupted while waiting for the local Elasticsearch", e);
        }
    }
}
