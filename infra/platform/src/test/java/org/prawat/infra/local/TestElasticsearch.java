package org.prawat.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One real Elasticsearch shared by the integration tests of this module (each start costs
 * 10–25 s). Port 39200, home under {@code target/elasticsearch-it} (see {@link ElasticsearchHome}); the first use of a test JVM wipes
 * that home, so the first start is a cold one (unpack + plugin install) and can be compared with a
 * warm one. Stopped by a shutdown hook when the test JVM ends (its watchdog would stop it too).
 */
public final class TestElasticsearch {

    public static final int PORT = 39200;
    public static final String CLUSTER = "prawat-it-" + PORT;

    private static LocalElasticsearch instance;
    private static Path home;
    private static Duration coldStart;
    private static LocalElasticsearch.StartReport coldStartReport;

    private TestElasticsearch() {}

    /** The shared, started instance (started again if a test stopped it). */
    public static synchronized LocalElasticsearch shared() {
        if (instance == null) {
            home = ElasticsearchHome.under(Path.of("target", "elasticsearch-it"));
            awaitPortFree(); // an Elasticsearch of a killed earlier run is being stopped by its watchdog
            try {
                LocalFiles.deleteRecursively(home);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            instance = new LocalElasticsearch(settings(home, PORT));
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-elasticsearch-stop"));
            long began = System.nanoTime();
            instance.start();
            coldStart = Duration.ofNanos(System.nanoTime() - began);
            coldStartReport = instance.lastStart();
        }
        instance.start();
        return instance;
    }

    public static synchronized Path home() {
        shared();
        return home;
    }

    /** How long the first (cold) start of this JVM took. */
    public static synchronized Duration coldStart() {
        shared();
        return coldStart;
    }

    /** What the first (cold) start of this JVM did. */
    static synchronized LocalElasticsearch.StartReport coldStartReport() {
        shared();
        return coldStartReport;
    }

    public static LocalElasticsearch.Settings settings(Path home, int port) {
        return new LocalElasticsearch.Settings(home, distribution(), port, "prawat-it-" + port, "512m");
    }

    /** Set by the root pom's surefire/failsafe configuration. */
    public static Path distribution() {
        String path = System.getProperty("prawat.local.elasticsearch-distribution");
        if (path == null) {
            throw new IllegalStateException("System property prawat.local.elasticsearch-distribution is not set; "
                    + "run the tests through Maven (the root pom sets it)");
        }
        return Path.of(path);
    }

    private static void awaitPortFree() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!LocalProcesses.isPortFree(PORT) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
