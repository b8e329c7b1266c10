package org.prawat.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalElasticsearchIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void startsAndAnswersClusterHealth() throws Exception {
        LocalElasticsearch es = TestElasticsearch.shared();

        assertThat(es.isRunning()).isTrue();
        assertThat(es.uri()).isEqualTo(URI.create("http://127.0.0.1:" + TestElasticsearch.PORT));
        HttpResponse<String> health = get(es.uri().resolve("/_cluster/health?wait_for_status=yellow&timeout=10s"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"cluster_name\":\"" + TestElasticsearch.CLUSTER + "\"");
        System.out.printf(
                "Cold start (unpack, plugin install, start): %d ms%n",
                TestElasticsearch.coldStart().toMillis());
    }

    @Test
    @Order(2)
    void secondStartIsIdempotent() {
        LocalElasticsearch es = TestElasticsearch.shared();
        List<ProcessHandle> before = processesOf(TestElasticsearch.home());

        long began = System.nanoTime();
        URI again = es.start();

        assertThat(again).isEqualTo(es.uri());
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(1));
        assertThat(processesOf(TestElasticsearch.home())).isEqualTo(before);
    }

    @Test
    @Order(3)
    void stopLeavesNothingBehindAndWarmStartReusesTheUnpackedCopy() throws Exception {
        LocalElasticsearch es = TestElasticsearch.shared();
        Path home = TestElasticsearch.home();
        Path marker = unpackedMarker(home);
        FileTime unpackedAt = Files.getLastModifiedTime(marker);
        assertThat(processesOf(home)).isNotEmpty();

        long began = System.nanoTime();
        es.stop();
        Duration stop = Duration.ofNanos(System.nanoTime() - began);

        assertThat(es.isRunning()).isFalse();
        assertThat(processesOf(home)).as("processes left under %s", home).isEmpty();
        assertThat(LocalProcesses.isPortFree(TestElasticsearch.PORT)).isTrue();
        assertThat(es.uri()).isEqualTo(URI.create("http://127.0.0.1:" + TestElasticsearch.PORT));
        es.stop(); // a second stop is harmless

        began = System.nanoTime();
        es.start();
        Duration warm = Duration.ofNanos(System.nanoTime() - began);

        assertThat(es.isRunning()).isTrue();
        assertThat(get(es.uri().resolve("/_cluster/health")).statusCode()).isEqualTo(200);
        assertThat(Files.getLastModifiedTime(marker)).as("unpacked copy reused").isEqualTo(unpackedAt);
        LocalElasticsearch.StartReport warmReport = es.lastStart();
        LocalElasticsearch.StartReport coldReport = TestElasticsearch.coldStartReport();
        assertThat(coldReport.unpacked()).isTrue();
        assertThat(coldReport.pluginInstalled()).isTrue();
        assertThat(warmReport.unpacked()).isFalse();
        assertThat(warmReport.pluginInstalled())
                .as("plugin unchanged, not reinstalled")
                .isFalse();
        // Elasticsearch's own boot (10-17 s here) varies by seconds between runs on 2 cores, as much as
        // unpacking and installing the plugin cost, so the deterministic part is compared: the
        // preparation before the launch (~3 s cold, a few ms warm).
        assertThat(warmReport.preparation()).isLessThan(coldReport.preparation());
        assertThat(warmReport.preparation()).isLessThan(Duration.ofSeconds(1));
        System.out.printf(
                "Stop: %d ms; warm start: %d ms; cold start: %d ms%n",
                stop.toMillis(), warm.toMillis(), TestElasticsearch.coldStart().toMillis());
    }

    @Test
    @Order(4)
    void aPortHeldByAnotherProgramIsReportedWithThePort() throws IOException {
        int port = TestElasticsearch.PORT + 1;
        Path home = Path.of("target", "elasticsearch-it-port-taken").toAbsolutePath();
        try (ServerSocket blocker = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            LocalElasticsearch es = new LocalElasticsearch(TestElasticsearch.settings(home, port));

            assertThatThrownBy(es::start)
                    .isInstanceOf(LocalServiceException.class)
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("prawat.local.elasticsearch-port")
                    .hasMessageContaining("SPRING_ELASTICSEARCH_URIS");
            assertThat(es.isRunning()).isFalse();
        }
        assertThat(home).doesNotExist();
    }

    @Test
    @Order(5)
    void aRunningClusterOfOursIsReusedButNotStopped() {
        LocalElasticsearch es = TestElasticsearch.shared();
        LocalElasticsearch second = new LocalElasticsearch(TestElasticsearch.settings(
                Path.of("target", "elasticsearch-it-second").toAbsolutePath(), TestElasticsearch.PORT));

        assertThat(second.start()).isEqualTo(es.uri());
        assertThat(second.isRunning()).isTrue();
        second.stop();

        assertThat(es.isRunning()).isTrue();
        assertThat(LocalProcesses.isPortFree(TestElasticsearch.PORT)).isFalse();
    }

    private static Path unpackedMarker(Path home) throws IOException {
        try (var children = Files.list(home)) {
            return children.filter(child -> child.getFileName().toString().startsWith("elasticsearch-"))
                    .map(dir -> dir.resolve(ElasticsearchDistribution.UNPACKED_MARKER))
                    .filter(Files::isRegularFile)
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** Like {@code pgrep -f <home>}: every process whose command line names the home directory. */
    private static List<ProcessHandle> processesOf(Path home) {
        String path = home.toString();
        return ProcessHandle.allProcesses()
                .filter(handle -> handle.pid() != ProcessHandle.current().pid())
                .filter(handle -> LocalProcesses.commandLine(handle.pid())
                        .map(line -> line.contains(path))
                        .orElse(false))
                .toList();
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
