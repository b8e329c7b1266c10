package org.prawat.infra.local;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Elasticsearch this JVM launches: run under {@link ElasticsearchWatchdog}, awaited until it is
 * healthy, and stopped as a whole process tree (watchdog, CLI launcher, server).
 */
final class ElasticsearchProcess {

    /** On the command line of Elasticsearch's CLI launcher, which shuts the server down cleanly. */
    static final String CLI_MARKER = "-Dcli.name=server";

    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private static final String SERVER_MARKER = "org.elasticsearch.bootstrap.Elasticsearch";
    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.getLong("prawat.local.elasticsearch-start-timeout-seconds", 180));
    private static final int LOG_LINES = 30;
    /** Inherited from the caller, these would point Elasticsearch at another config, Java or JVM options. */
    private static final List<String> FOREIGN_ENVIRONMENT =
            List.of("JAVA_HOME", "ES_PATH_CONF", "ES_JAVA_OPTS", "CLI_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");
    // Under the facade's name: one logger setting covers the whole local Elasticsearch.
    private static final System.Logger LOG = System.getLogger(LocalElasticsearch.class.getName());

    private final LocalElasticsearch.Settings settings;
    private final ElasticsearchLayout layout;
    private final ElasticsearchHealth health;

    /** The watchdog we launched (runuser or sh); null when not started by us. */
    private volatile Process process;

    ElasticsearchProcess(LocalElasticsearch.Settings settings, ElasticsearchLayout layout, ElasticsearchHealth health) {
        this.settings = settings;
        this.layout = layout;
        this.health = health;
    }

    /** The watchdog we launched; null when not started by us. */
    Process current() {
        return process;
    }

    /** Launches Elasticsearch as {@code account} (null: this JVM's user); returns once it is healthy. */
    void launch(String account) {
        long logOffset = sizeOf(layout.serverLog());
        ProcessBuilder builder = new ProcessBuilder(ElasticsearchWatchdog.command(account, layout))
                .directory(layout.distribution().toFile())
                .redirectErrorStream(true)
                .redirectOutput(layout.console().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        FOREIGN_ENVIRONMENT.forEach(env::remove);
        env.putAll(layout.environment());
        Process started;
        try {
            Files.deleteIfExists(layout.pidFile());
            Files.writeString(layout.launcherFile(), ProcessHandle.current().pid() + "\n");
            started = builder.start();
        } catch (IOException e) {
            throw new LocalServiceException("Cannot launch Elasticsearch from " + layout.distribution() + ": " + e, e);
        }
        process = started;
        awaitHealthy(started, logOffset);
    }

    private void awaitHealthy(Process started, long logOffset) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!started.isAlive()) {
                forget(started);
                throw startFailure("exited with code " + started.exitValue() + " while starting", logOffset);
            }
            if (health.isUsable()) {
                return;
            }
            ElasticsearchHealth.sleep(250);
        }
        terminate(started);
        forget(started);
        throw startFailure("did not become healthy within " + START_TIMEOUT.toSeconds() + " s", logOffset);
    }

    private LocalServiceException startFailure(String what, long logOffset) {
        Path serverLog = layout.serverLog();
        return new LocalServiceException("The local Elasticsearch on port " + settings.httpPort() + " " + what
                + ". Last lines of " + serverLog + ":\n" + LocalProcesses.tail(serverLog, logOffset, LOG_LINES)
                + "\nConsole output (" + layout.console() + "):\n"
                + LocalProcesses.tail(layout.console(), 0, LOG_LINES)
                + "\nDelete " + layout.home() + " to start from scratch, choose another port with "
                + "-Dprawat.local.elasticsearch-port=<port>, or use an external Elasticsearch by setting "
                + "SPRING_ELASTICSEARCH_URIS.");
    }

    /**
     * Stops everything {@code started} launched: SIGTERM to Elasticsearch's CLI launcher (which
     * shuts the server down cleanly), then waits for every process of the tree; SIGKILL after
     * {@link #STOP_TIMEOUT}. Safe to call twice.
     */
    void terminate(Process started) {
        List<ProcessHandle> tree = new ArrayList<>(started.descendants().toList());
        tree.add(started.toHandle());
        Optional<ProcessHandle> cli = find(tree, CLI_MARKER);
        Optional<ProcessHandle> server = find(tree, SERVER_MARKER);
        Optional<ProcessHandle> watchdog = tree.stream() // the sh under runuser; as non-root, started itself
                .filter(handle -> handle.pid() != started.pid()
                        && LocalProcesses.commandLineContains(handle, ElasticsearchWatchdog.NAME))
                .findFirst();
        // The first of these that exists: the CLI shuts the server down cleanly; before it runs (very
        // early in a start), the watchdog passes the signal on.
        Stream.of(cli, server, watchdog, Optional.of(started.toHandle()))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(ProcessHandle::destroy);
        if (!LocalProcesses.awaitExit(tree, STOP_TIMEOUT)) {
            LOG.log(Level.WARNING, "Elasticsearch did not stop within {0} s; killing it", STOP_TIMEOUT.toSeconds());
            tree.forEach(ProcessHandle::destroyForcibly);
            LocalProcesses.awaitExit(tree, Duration.ofSeconds(10));
        }
    }

    private static Optional<ProcessHandle> find(List<ProcessHandle> tree, String commandLineMarker) {
        return tree.stream()
                .filter(handle -> LocalProcesses.commandLineContains(handle, commandLineMarker))
                .findFirst();
    }

    /** Drops our claim on a process that has ended. */
    void forget(Process ended) {
        if (process == ended) {
            process = null;
        }
        try {
            if (LocalProcesses.readPid(layout.launcherFile()).orElse(-1L)
                    == ProcessHandle.current().pid()) {
                Files.deleteIfExists(layout.launcherFile());
            }
        } catch (IOException e) {
            // a stale launcher.pid names a dead JVM, which is what it means anyway
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
