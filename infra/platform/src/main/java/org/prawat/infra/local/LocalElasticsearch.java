package org.prawat.infra.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real single-node Elasticsearch with the Thai analysis plugin, started from the distribution
 * zip that Maven downloads ({@code org.elasticsearch.distribution.integ-test-zip}). Plain Java, no
 * Spring: the run command, the tests and the benchmarks share it.
 *
 * <p>Layout under {@code home}: {@code elasticsearch-<version>/} (the unpacked distribution; a
 * marker file written last tells a finished unpack from a half-finished one, so warm starts skip
 * unpacking), {@code data/}, {@code logs/} (Elasticsearch's logs and {@code console.log}),
 * {@code tmp/} ({@code ES_TMPDIR}), {@code elasticsearch.pid} (written by Elasticsearch) and
 * {@code launcher.pid} (the JVM that started it).
 *
 * <p>Elasticsearch refuses to run as root; when this JVM is root it runs as the system account
 * {@code prawat} (created if missing, else {@code nobody}) through {@code runuser}. A small
 * {@code sh} watchdog is its parent: it stops Elasticsearch when this JVM disappears, even after
 * SIGKILL, so no orphan keeps the port and the data directory. There is no shutdown hook: whoever
 * starts it stops it ({@link #stop()}) at the point its own shutdown needs.
 *
 * <p><b>An Elasticsearch already answering on the port.</b> If it reports our cluster name it is
 * reused, not owned: {@link #stop()} leaves it alone. It is not adopted, because a live one is
 * normally guarded by another live JVM's watchdog (the application while tests run, two Maven
 * forks), and stopping it from here would pull it from under that JVM. The exception is one
 * started from this very {@code home} (its pid in {@code elasticsearch.pid}) whose launching JVM
 * is gone: that one is on its way down (its watchdog is stopping it) or an orphan, so we wait for
 * it to end, terminate it if it does not, and start our own. Anything else on the port is an
 * error naming the port and how to choose another.
 */
public final class LocalElasticsearch {

    /**
     * @param home directory for the unpacked distribution, data and logs (created if missing)
     * @param distributionZip the integ-test-zip distribution from the local Maven repository
     * @param httpPort HTTP port on 127.0.0.1; transport uses the first free port of
     *     {@code httpPort+100 .. httpPort+199}
     * @param clusterName identifies our cluster when something already answers on the port
     * @param heap JVM heap, e.g. {@code 512m}
     */
    public record Settings(Path home, Path distributionZip, int httpPort, String clusterName, String heap) {
        public Settings {
            Objects.requireNonNull(home, "home");
            Objects.requireNonNull(distributionZip, "distributionZip");
            if (httpPort < 1024 || httpPort > 65535 - 199) {
                throw new IllegalArgumentException("httpPort must be within 1024.." + (65535 - 199) + ": " + httpPort);
            }
            if (clusterName == null || !Pattern.matches("[A-Za-z0-9._-]+", clusterName)) {
                throw new IllegalArgumentException("clusterName must match [A-Za-z0-9._-]+: " + clusterName);
            }
            if (heap == null || !Pattern.matches("[0-9]+[kKmMgG]?", heap)) {
                throw new IllegalArgumentException("heap must look like 512m or 1g: " + heap);
            }
            home = home.toAbsolutePath().normalize();
            distributionZip = distributionZip.toAbsolutePath().normalize();
        }
    }

    private static final System.Logger LOG = System.getLogger(LocalElasticsearch.class.getName());

    private final Settings settings;
    private final ElasticsearchLayout layout;
    private final ElasticsearchHealth health;
    private final ElasticsearchInstallation installation;
    private final ElasticsearchProcess process;

    private volatile StartReport lastStart;
    /** An Elasticsearch of our cluster that we found running and use without owning it. */
    private boolean reused;

    public LocalElasticsearch(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.layout = new ElasticsearchLayout(settings);
        this.health = new ElasticsearchHealth(settings, uri());
        this.installation = new ElasticsearchInstallation(settings, layout);
        this.process = new ElasticsearchProcess(settings, layout, health);
    }

    /**
     * Starts Elasticsearch, or reuses the one of our cluster already answering on the port, and
     * returns once the cluster is at least yellow. Idempotent.
     *
     * @throws LocalServiceException with a message saying what to do when it cannot
     */
    public synchronized URI start() {
        Process running = process.current();
        if (running != null && running.isAlive()) {
            return uri();
        }
        if (running != null) { // ended on its own since the last start
            process.forget(running);
        }
        if (reused && health.answersOurs()) {
            return uri();
        }
        reused = false;
        ElasticsearchDistribution.requirePresent(settings.distributionZip());
        if (!health.isPortFree() && reuseRunning()) {
            return uri();
        }
        launch();
        return uri();
    }

    /**
     * Stops the Elasticsearch we started (gracefully: SIGTERM, waits for every process of it to
     * end; SIGKILL after a minute). One we only reused is left running.
     */
    public synchronized void stop() {
        reused = false;
        Process running = process.current();
        if (running == null) {
            return;
        }
        long began = System.nanoTime();
        process.terminate(running);
        process.forget(running);
        LOG.log(
                Level.INFO,
                "Elasticsearch {0} stopped in {1} ms",
                settings.clusterName(),
                Long.toString(millis(began)));
    }

    /** Whether the Elasticsearch we started, or reuse, is up. */
    public boolean isRunning() {
        Process running = process.current();
        if (running != null) {
            return running.isAlive();
        }
        synchronized (this) {
            return reused && health.answersOurs();
        }
    }

    /** What the last start that launched Elasticsearch did (null before): for tests and diagnostics. */
    StartReport lastStart() {
        return lastStart;
    }

    record StartReport(boolean unpacked, boolean pluginInstalled, Duration preparation, Duration total) {}

    /** {@code http://127.0.0.1:<httpPort>}, whether started or not. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + settings.httpPort());
    }

    @Override
    public String toString() {
        return "LocalElasticsearch[" + settings.clusterName() + " at " + uri() + ", home " + settings.home() + "]";
    }

    /**
     * Something answers on our port: true if it is our cluster and is to be reused; false once an
     * orphan of this home is gone and the port free again.
     */
    private boolean reuseRunning() {
        Optional<JsonNode> answer = health.probe();
        if (!health.isOurs(answer)) {
            throw health.portTaken(answer);
        }
        if (!ElasticsearchOrphan.retire(layout)) {
            reused = true;
            LOG.log(
                    Level.INFO,
                    "Reusing Elasticsearch cluster {0} already running at {1} (not stopped by us)",
                    settings.clusterName(),
                    uri());
            return true;
        }
        if (!health.waitForPortFree(Duration.ofSeconds(10))) {
            throw health.portTaken(health.probe());
        }
        return false;
    }

    private void launch() {
        long began = System.nanoTime();
        ElasticsearchInstallation.Prepared prepared = installation.prepare();
        long preparedAt = System.nanoTime();
        process.launch(prepared.account());
        lastStart = new StartReport(
                prepared.unpacked(),
                prepared.pluginInstalled(),
                Duration.ofNanos(preparedAt - began),
                Duration.ofNanos(System.nanoTime() - began));
        LOG.log(
                Level.INFO,
                "Elasticsearch {0} up at {1} in {2} ms (preparation {3} ms{4}{5}; start to healthy {6} ms)",
                settings.clusterName(),
                uri(),
                Long.toString(millis(began)),
                Long.toString(TimeUnit.NANOSECONDS.toMillis(preparedAt - began)),
                prepared.unpacked() ? ", unpacked the distribution" : "",
                prepared.pluginInstalled() ? ", installed the Thai plugin" : "",
                Long.toString(millis(preparedAt)));
    }

    private static long millis(long sinceNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sinceNanos);
    }
}
