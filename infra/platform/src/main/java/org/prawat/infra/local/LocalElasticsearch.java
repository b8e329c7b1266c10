package org.prawat.infra.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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
 * SIGKILL, so no orphan keeps the port and the data directory. A shutdown hook stops it on a
 * normal JVM exit.
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

    static final String PLUGIN_RESOURCE = "/elasticsearch/prawat-thai-analysis.zip";
    static final String PLUGIN_NAME = "prawat-thai-analysis";
    /** Written into the unpacked distribution once the unpack finished. */
    static final String UNPACKED_MARKER = ".prawat-unpacked";
    /** Beside the unpacked distribution's plugins: the checksum of the plugin zip installed. */
    static final String PLUGIN_CHECKSUM = ".prawat-thai-analysis.sha256";

    private static final String ACCOUNT = "prawat";
    private static final long MIN_FREE_MB_TO_UNPACK = 1024;
    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.getLong("prawat.local.elasticsearch-start-timeout-seconds", 180));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_LINES = 30;

    /**
     * Parent of Elasticsearch: $1 is this JVM's pid, the rest the Elasticsearch command. Stops
     * Elasticsearch (SIGTERM, SIGKILL after 60 s) once the JVM is gone; /proc is checked rather than
     * {@code kill -0} because the watchdog may run as another account than the JVM. A SIGTERM to the
     * watchdog is passed on.
     */
    private static final String WATCHDOG = String.join(
            "\n",
            "jvm=$1; shift",
            "alive() { if [ -d /proc/self ]; then [ -d \"/proc/$1\" ]; else kill -0 \"$1\" 2>/dev/null; fi; }",
            "\"$@\" </dev/null &",
            "es=$!",
            "trap 'kill -TERM $es 2>/dev/null' TERM INT HUP",
            "while kill -0 $es 2>/dev/null && alive $jvm; do sleep 0.5; done",
            "if kill -0 $es 2>/dev/null; then",
            "  kill -TERM $es 2>/dev/null; n=0",
            "  while kill -0 $es 2>/dev/null && [ $n -lt 120 ]; do sleep 0.5; n=$((n+1)); done",
            "  kill -KILL $es 2>/dev/null",
            "fi",
            "wait $es");

    /** $0 of the watchdog, so it can be recognised in the process table. */
    private static final String WATCHDOG_NAME = "prawat-elasticsearch-watchdog";

    private static final System.Logger LOG = System.getLogger(LocalElasticsearch.class.getName());

    private final Settings settings;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** The watchdog we launched (runuser or sh); null when not started by us. */
    private volatile Process process;

    private volatile StartReport lastStart;
    /** An Elasticsearch of our cluster that we found running and use without owning it. */
    private boolean reused;

    public LocalElasticsearch(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Starts Elasticsearch, or reuses the one of our cluster already answering on the port, and
     * returns once the cluster is at least yellow. Idempotent.
     *
     * @throws LocalServiceException with a message saying what to do when it cannot
     */
    public synchronized URI start() {
        Process running = process;
        if (running != null && running.isAlive()) {
            return uri();
        }
        if (running != null) { // ended on its own since the last start
            forget(running);
        }
        if (reused && isOurs(health("", Duration.ofSeconds(3)))) {
            return uri();
        }
        reused = false;
        requireDistribution();
        if (!LocalProcesses.isPortFree(settings.httpPort())) {
            Optional<JsonNode> answer = health("", Duration.ofSeconds(3));
            if (!isOurs(answer)) {
                throw portTaken(answer);
            }
            if (!retireOrphanOfThisHome()) {
                reused = true;
                LOG.log(
                        Level.INFO,
                        "Reusing Elasticsearch cluster {0} already running at {1} (not stopped by us)",
                        settings.clusterName(),
                        uri());
                return uri();
            }
            if (!waitForPortFree(Duration.ofSeconds(10))) {
                throw portTaken(health("", Duration.ofSeconds(3)));
            }
        }
        long began = System.nanoTime();
        Prepared prepared = prepare();
        long preparedAt = System.nanoTime();
        launch(prepared);
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
        return uri();
    }

    /**
     * Stops the Elasticsearch we started (gracefully: SIGTERM, waits for every process of it to
     * end; SIGKILL after a minute). One we only reused is left running.
     */
    public synchronized void stop() {
        reused = false;
        Process running = process;
        if (running == null) {
            return;
        }
        long began = System.nanoTime();
        terminate(running);
        forget(running);
        LOG.log(
                Level.INFO,
                "Elasticsearch {0} stopped in {1} ms",
                settings.clusterName(),
                Long.toString(millis(began)));
    }

    /** Whether the Elasticsearch we started, or reuse, is up. */
    public boolean isRunning() {
        Process running = process;
        if (running != null) {
            return running.isAlive();
        }
        synchronized (this) {
            return reused && isOurs(health("", Duration.ofSeconds(3)));
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

    // ---------------------------------------------------------------- layout

    private Path distribution() {
        String zipName = settings.distributionZip().getFileName().toString();
        return settings.home().resolve(zipName.endsWith(".zip") ? zipName.substring(0, zipName.length() - 4) : zipName);
    }

    private Path logs() {
        return settings.home().resolve("logs");
    }

    private Path console() {
        return logs().resolve("console.log");
    }

    private Path serverLog() {
        return logs().resolve(settings.clusterName() + ".log");
    }

    private Path pidFile() {
        return settings.home().resolve("elasticsearch.pid");
    }

    private Path launcherFile() {
        return settings.home().resolve("launcher.pid");
    }

    // ---------------------------------------------------------------- checks

    private void requireDistribution() {
        if (!Files.isRegularFile(settings.distributionZip())) {
            throw new LocalServiceException("The Elasticsearch distribution " + settings.distributionZip()
                    + " is missing. Maven downloads it while building; run "
                    + "`mvn -q -pl infra/platform -am process-resources` or check the network "
                    + "(Maven Central must be reachable). Or use an external Elasticsearch by setting "
                    + "SPRING_ELASTICSEARCH_URIS.");
        }
    }

    private LocalServiceException portTaken(Optional<JsonNode> answer) {
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

    /**
     * True if the Elasticsearch on our port was started from this home by a JVM that is gone: it
     * has then been waited for (its watchdog is stopping it) or terminated. False if it belongs to
     * another home or to a live JVM, i.e. it is to be reused.
     */
    private boolean retireOrphanOfThisHome() {
        Optional<ProcessHandle> server = LocalProcesses.readPid(pidFile())
                .filter(pid -> LocalProcesses.commandLine(pid)
                        .map(line -> line.contains(distribution().toString()))
                        .orElse(false))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive);
        if (server.isEmpty()) {
            return false;
        }
        Optional<Long> launcher = LocalProcesses.readPid(launcherFile());
        if (launcher.isPresent() && LocalProcesses.isAlive(launcher.get())) {
            return false;
        }
        ProcessHandle orphan = server.get();
        Optional<ProcessHandle> cli =
                orphan.parent().filter(parent -> commandLineContains(parent, "-Dcli.name=server"));
        boolean watchdogAlive = cli.flatMap(ProcessHandle::parent)
                .map(parent -> commandLineContains(parent, WATCHDOG_NAME))
                .orElse(false);
        LOG.log(
                Level.INFO,
                "Elasticsearch pid {0} from {1} outlived the JVM that started it; {2}",
                Long.toString(orphan.pid()),
                settings.home(),
                watchdogAlive ? "waiting for its watchdog to stop it" : "stopping it");
        if (!watchdogAlive || !awaitExit(List.of(orphan), Duration.ofSeconds(10))) {
            // Through its CLI launcher, which shuts the server down cleanly. Never signal any other
            // parent: an orphan's parent is init.
            cli.ifPresent(ProcessHandle::destroy);
            orphan.destroy();
            if (!awaitExit(List.of(orphan), STOP_TIMEOUT)) {
                orphan.destroyForcibly();
                awaitExit(List.of(orphan), Duration.ofSeconds(10));
            }
        }
        return true;
    }

    private boolean waitForPortFree(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!LocalProcesses.isPortFree(settings.httpPort())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(100);
        }
        return true;
    }

    // ---------------------------------------------------------------- preparation

    private record Prepared(String account, boolean unpacked, boolean pluginInstalled) {}

    private Prepared prepare() {
        try {
            Files.createDirectories(settings.home());
            // Elasticsearch refuses to run as root: as root, check first that its account can reach home.
            String account = LocalProcesses.isRoot() ? LocalProcesses.serviceAccount(ACCOUNT) : null;
            if (account != null) {
                requireReachable(account);
            }
            boolean unpacked = unpackIfNeeded();
            for (String dir : List.of("data", "logs", "tmp")) {
                Files.createDirectories(settings.home().resolve(dir));
            }
            writeConfig();
            byte[] plugin = pluginZip();
            String checksum = HexFormat.of().formatHex(sha256(plugin));
            Path checksumFile = distribution().resolve(PLUGIN_CHECKSUM);
            Path pluginDir = distribution().resolve("plugins").resolve(PLUGIN_NAME);
            boolean installPlugin = !Files.isDirectory(pluginDir)
                    || !Files.isRegularFile(checksumFile)
                    || !checksum.equals(Files.readString(checksumFile).strip());
            Path stagedPlugin = settings.home().resolve("tmp").resolve(PLUGIN_NAME + ".zip");
            if (installPlugin) {
                Files.deleteIfExists(checksumFile);
                deleteRecursively(pluginDir);
                Files.write(stagedPlugin, plugin);
            }
            if (account != null) {
                handOver(account);
            }
            if (installPlugin) {
                installPlugin(account, stagedPlugin);
                Files.writeString(checksumFile, checksum + "\n");
                Files.deleteIfExists(stagedPlugin);
            }
            return new Prepared(account, unpacked, installPlugin);
        } catch (IOException e) {
            throw new LocalServiceException(
                    "Cannot prepare the local Elasticsearch under " + settings.home() + ": " + e
                            + ". Delete that directory to start from scratch, or set SPRING_ELASTICSEARCH_URIS.",
                    e);
        }
    }

    private boolean unpackIfNeeded() throws IOException {
        Path target = distribution();
        if (Files.isRegularFile(target.resolve(UNPACKED_MARKER))) {
            return false;
        }
        LocalDisk.requireFreeSpace(settings.home(), MIN_FREE_MB_TO_UNPACK);
        deleteRecursively(target); // a half-finished unpack
        long began = System.nanoTime();
        try (ZipFile zip = new ZipFile(settings.distributionZip().toFile())) {
            String top = topFolder(zip);
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName().substring(top.length());
                if (name.isEmpty()) {
                    continue;
                }
                Path file = target.resolve(name).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, file);
                }
                // java.util.zip does not expose Unix modes; only scripts and binaries need the x bit.
                if (name.startsWith("bin/") || name.contains("/bin/")) {
                    setPermissions(file, "rwxr-xr-x");
                }
            }
        } catch (IOException e) {
            deleteRecursively(target);
            throw new IOException("unpacking " + settings.distributionZip() + " failed: " + e.getMessage(), e);
        }
        Files.writeString(target.resolve(UNPACKED_MARKER), settings.distributionZip() + "\n");
        LOG.log(
                Level.INFO,
                "Unpacked {0} into {1} in {2} ms",
                settings.distributionZip(),
                target,
                Long.toString(millis(began)));
        removeOtherDistributions(target);
        return true;
    }

    /** The single top folder of the distribution zip ("elasticsearch-8.19.21/"), or "" if none. */
    private static String topFolder(ZipFile zip) {
        List<String> tops = zip.stream()
                .map(ZipEntry::getName)
                .map(name -> name.contains("/") ? name.substring(0, name.indexOf('/') + 1) : name)
                .distinct()
                .limit(2)
                .toList();
        return tops.size() == 1 && tops.get(0).endsWith("/") ? tops.get(0) : "";
    }

    /** Other Elasticsearch versions unpacked earlier under home (after an upgrade). */
    private void removeOtherDistributions(Path current) throws IOException {
        try (Stream<Path> children = Files.list(settings.home())) {
            for (Path other : children.toList()) {
                if (!other.equals(current)
                        && other.getFileName().toString().startsWith("elasticsearch-")
                        && Files.isRegularFile(other.resolve(UNPACKED_MARKER))) {
                    deleteRecursively(other);
                }
            }
        }
    }

    private void writeConfig() throws IOException {
        Path config = distribution().resolve("config");
        int port = settings.httpPort();
        String yml = String.join(
                "\n",
                "# Written by Prawat's LocalElasticsearch on every start: edits here are overwritten.",
                "cluster.name: " + settings.clusterName(),
                "node.name: " + settings.clusterName() + "-local",
                "network.host: 127.0.0.1",
                "http.port: " + port,
                "transport.port: " + (port + 100) + "-" + (port + 199),
                "discovery.type: single-node",
                "xpack.security.enabled: false",
                "xpack.ml.enabled: false",
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "path.data: " + yamlString(settings.home().resolve("data")),
                "path.logs: " + yamlString(logs()),
                "");
        Files.writeString(config.resolve("elasticsearch.yml"), yml);
        Files.createDirectories(config.resolve("jvm.options.d"));
        Files.writeString(
                config.resolve("jvm.options.d").resolve("prawat.options"),
                "-Xms" + settings.heap() + "\n-Xmx" + settings.heap() + "\n");
    }

    private static String yamlString(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static byte[] pluginZip() throws IOException {
        try (InputStream in = LocalElasticsearch.class.getResourceAsStream(PLUGIN_RESOURCE)) {
            if (in == null) {
                throw new LocalServiceException("The Thai analysis plugin (classpath resource " + PLUGIN_RESOURCE
                        + ") is missing: infra/platform bundles it while building; run "
                        + "`mvn -q -pl infra/platform -am process-resources`.");
            }
            return in.readAllBytes();
        }
    }

    /** Checks that the unprivileged account can reach home (every parent directory traversable). */
    private void requireReachable(String account) {
        Path home = settings.home();
        chown(account, false);
        LocalProcesses.Result reach = LocalProcesses.run(
                List.of("runuser", "-u", account, "--", "test", "-w", home.toString()), Map.of(), null, 30);
        if (!reach.ok()) {
            throw new LocalServiceException("Elasticsearch runs as the account '" + account
                    + "' (it refuses to run as root) but that account cannot reach " + home
                    + ". Let others traverse its parent directories (chmod o+x on each), or point "
                    + "prawat.data-dir (PRAWAT_DATA_DIR) somewhere else." + detail(reach));
        }
        Path java = Path.of(environment().get("ES_JAVA_HOME"), "bin", "java");
        LocalProcesses.Result runJava = LocalProcesses.run(
                List.of("runuser", "-u", account, "--", "test", "-x", java.toString()), Map.of(), null, 30);
        if (!runJava.ok()) {
            throw new LocalServiceException("Elasticsearch runs as the account '" + account
                    + "' (it refuses to run as root) but that account cannot run " + java
                    + ". Install a JDK 17+ readable by all users, or point the environment variable "
                    + "ES_JAVA_HOME at one." + detail(runJava));
        }
    }

    private static String detail(LocalProcesses.Result result) {
        String output = result.output().strip();
        return output.isEmpty() ? "" : " (" + output + ")";
    }

    /** Gives everything under home to the unprivileged account. */
    private void handOver(String account) {
        chown(account, true);
    }

    private void chown(String account, boolean recursive) {
        List<String> command = new ArrayList<>(List.of("chown"));
        if (recursive) {
            command.add("-R");
        }
        command.addAll(List.of(account + ":", settings.home().toString()));
        LocalProcesses.Result chown = LocalProcesses.run(command, Map.of(), null, 120);
        if (!chown.ok()) {
            throw new LocalServiceException("Cannot hand " + settings.home() + " to the account '" + account
                    + "' that Elasticsearch runs as (it refuses to run as root): "
                    + chown.output().strip());
        }
    }

    private void installPlugin(String account, Path stagedPlugin) {
        List<String> command = new ArrayList<>(asAccount(account));
        command.addAll(List.of(
                distribution().resolve("bin").resolve("elasticsearch-plugin").toString(),
                "install",
                "--batch",
                stagedPlugin.toUri().toString()));
        LocalProcesses.Result result = LocalProcesses.run(command, environment(), distribution(), 300);
        if (!result.ok()) {
            throw new LocalServiceException("Installing the Thai analysis plugin into " + distribution()
                    + " failed (exit " + result.exitCode() + "):\n"
                    + result.output().strip()
                    + "\nDelete " + distribution() + " to start from a fresh copy.");
        }
    }

    private static List<String> asAccount(String account) {
        return account == null ? List.of() : List.of("runuser", "-u", account, "--");
    }

    /** Environment for Elasticsearch's scripts: this JVM's Java (the distribution has none). */
    private Map<String, String> environment() {
        String javaHome = Optional.ofNullable(System.getenv("ES_JAVA_HOME")).orElse(System.getProperty("java.home"));
        return Map.of(
                "ES_JAVA_HOME",
                javaHome,
                "ES_TMPDIR",
                settings.home().resolve("tmp").toString());
    }

    // ---------------------------------------------------------------- start and stop

    private void launch(Prepared prepared) {
        Path log = serverLog();
        long logOffset = sizeOf(log);
        List<String> command = new ArrayList<>(asAccount(prepared.account()));
        command.addAll(List.of(
                "/bin/sh",
                "-c",
                WATCHDOG,
                WATCHDOG_NAME,
                Long.toString(ProcessHandle.current().pid()),
                distribution().resolve("bin").resolve("elasticsearch").toString(),
                "-q",
                "-p",
                pidFile().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(distribution().toFile())
                .redirectErrorStream(true)
                .redirectOutput(console().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = builder.environment();
        for (String ignored : List.of(
                "JAVA_HOME", "ES_PATH_CONF", "ES_JAVA_OPTS", "CLI_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            env.remove(ignored);
        }
        env.putAll(environment());
        Process started;
        try {
            Files.deleteIfExists(pidFile());
            Files.writeString(launcherFile(), ProcessHandle.current().pid() + "\n");
            started = builder.start();
        } catch (IOException e) {
            throw new LocalServiceException("Cannot launch Elasticsearch from " + distribution() + ": " + e, e);
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
            Optional<JsonNode> answer = health("?wait_for_status=yellow&timeout=2s", Duration.ofSeconds(5));
            if (isOurs(answer) && !"red".equals(answer.get().path("status").asText())) {
                return;
            }
            sleep(250);
        }
        terminate(started);
        forget(started);
        throw startFailure("did not become healthy within " + START_TIMEOUT.toSeconds() + " s", logOffset);
    }

    private LocalServiceException startFailure(String what, long logOffset) {
        return new LocalServiceException("The local Elasticsearch on port " + settings.httpPort() + " " + what
                + ". Last lines of " + serverLog() + ":\n" + LocalProcesses.tail(serverLog(), logOffset, LOG_LINES)
                + "\nConsole output (" + console() + "):\n" + LocalProcesses.tail(console(), 0, LOG_LINES)
                + "\nDelete " + settings.home() + " to start from scratch, choose another port with "
                + "-Dprawat.local.elasticsearch-port=<port>, or use an external Elasticsearch by setting "
                + "SPRING_ELASTICSEARCH_URIS.");
    }

    /**
     * Stops everything {@code started} launched: SIGTERM to Elasticsearch's CLI launcher (which
     * shuts the server down cleanly), then waits for every process of the tree; SIGKILL after
     * {@link #STOP_TIMEOUT}. Safe to call twice and concurrently (shutdown hook and stop()).
     */
    private void terminate(Process started) {
        List<ProcessHandle> tree = new ArrayList<>(started.descendants().toList());
        tree.add(started.toHandle());
        Optional<ProcessHandle> cli = tree.stream()
                .filter(handle -> commandLineContains(handle, "-Dcli.name=server"))
                .findFirst();
        Optional<ProcessHandle> server = tree.stream()
                .filter(handle -> commandLineContains(handle, "org.elasticsearch.bootstrap.Elasticsearch"))
                .findFirst();
        Optional<ProcessHandle> watchdog = tree.stream() // the sh under runuser; as non-root, started itself
                .filter(handle -> handle.pid() != started.pid() && commandLineContains(handle, WATCHDOG_NAME))
                .findFirst();
        // The first of these that exists: the CLI shuts the server down cleanly; before it runs (very
        // early in a start), the watchdog passes the signal on.
        Stream.of(cli, server, watchdog, Optional.of(started.toHandle()))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(ProcessHandle::destroy);
        if (!awaitExit(tree, STOP_TIMEOUT)) {
            LOG.log(Level.WARNING, "Elasticsearch did not stop within {0} s; killing it", STOP_TIMEOUT.toSeconds());
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, Duration.ofSeconds(10));
        }
    }

    private static boolean commandLineContains(ProcessHandle handle, String text) {
        return LocalProcesses.commandLine(handle.pid())
                .map(line -> line.contains(text))
                .orElse(false);
    }

    private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        CompletableFuture<?>[] exits =
                handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return handles.stream().noneMatch(ProcessHandle::isAlive);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Drops our claim on a process that has ended. */
    private void forget(Process ended) {
        if (process == ended) {
            process = null;
        }
        try {
            if (LocalProcesses.readPid(launcherFile()).orElse(-1L)
                    == ProcessHandle.current().pid()) {
                Files.deleteIfExists(launcherFile());
            }
        } catch (IOException e) {
            // a stale launcher.pid names a dead JVM, which is what it means anyway
        }
    }

    // ---------------------------------------------------------------- HTTP

    /** {@code GET /_cluster/health<query>}; empty when nothing (or no Elasticsearch) answers. */
    private Optional<JsonNode> health(String query, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(uri().resolve("/_cluster/health" + query))
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
            throw new LocalServiceException("Interrupted while waiting for Elasticsearch at " + uri(), e);
        }
    }

    private boolean isOurs(Optional<JsonNode> health) {
        return health.map(body ->
                        settings.clusterName().equals(body.path("cluster_name").asText()))
                .orElse(false);
    }

    // ---------------------------------------------------------------- utilities

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void setPermissions(Path file, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setExecutable(true, false);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long millis(long sinceNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sinceNanos);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalServiceException("Interrupted while waiting for the local Elasticsearch", e);
        }
    }
}
