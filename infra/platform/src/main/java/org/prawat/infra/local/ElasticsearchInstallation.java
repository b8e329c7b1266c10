package org.prawat.infra.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything on disk that a start needs: the unpacked distribution, its config and JVM options
 * (written afresh on every start), the Thai plugin, and, as root, home handed to the unprivileged
 * account that Elasticsearch runs as.
 */
final class ElasticsearchInstallation {

    /** What {@link #prepare} did; {@code account} is the one to run as, null for this JVM's user. */
    record Prepared(String account, boolean unpacked, boolean pluginInstalled) {}

    private static final String ACCOUNT = "prawat";

    private final LocalElasticsearch.Settings settings;
    private final ElasticsearchLayout layout;
    private final ElasticsearchDistribution distribution;
    private final ElasticsearchThaiPlugin plugin;

    ElasticsearchInstallation(LocalElasticsearch.Settings settings, ElasticsearchLayout layout) {
        this.settings = settings;
        this.layout = layout;
        this.distribution = new ElasticsearchDistribution(settings.distributionZip(), layout);
        this.plugin = new ElasticsearchThaiPlugin(layout);
    }

    Prepared prepare() {
        try {
            Files.createDirectories(layout.home());
            // Elasticsearch refuses to run as root: as root, check first that its account can reach home.
            String account = LocalProcesses.isRoot() ? LocalProcesses.serviceAccount(ACCOUNT) : null;
            if (account != null) {
                requireReachable(account);
            }
            boolean unpacked = distribution.unpackIfNeeded();
            for (Path dir : List.of(layout.data(), layout.logs(), layout.tmp())) {
                Files.createDirectories(dir);
            }
            writeConfig();
            Optional<ElasticsearchThaiPlugin.Staged> staged = plugin.stageIfChanged();
            if (account != null) {
                handOver(account);
            }
            if (staged.isPresent()) {
                plugin.install(staged.get(), account);
            }
            return new Prepared(account, unpacked, staged.isPresent());
        } catch (IOException e) {
            throw new LocalServiceException(
                    "Cannot prepare the local Elasticsearch under " + layout.home() + ": " + e
                            + ". Delete that directory to start from scratch, or set SPRING_ELASTICSEARCH_URIS.",
                    e);
        }
    }

    private void writeConfig() throws IOException {
        Path config = layout.distribution().resolve("config");
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
                "path.data: " + yamlString(layout.data()),
                "path.logs: " + yamlString(layout.logs()),
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

    /** Checks that the unprivileged account can reach home (every parent directory traversable). */
    private void requireReachable(String account) {
        Path home = layout.home();
        chown(account, false);
        LocalProcesses.Result reach = LocalProcesses.run(
                List.of("runuser", "-u", account, "--", "test", "-w", home.toString()), Map.of(), null, 30);
        if (!reach.ok()) {
            throw new LocalServiceException("Elasticsearch runs as the account '" + account
                    + "' (it refuses to run as root) but that account cannot reach " + home
                    + ". Let others traverse its parent directories (chmod o+x on each), or point "
                    + "prawat.data-dir (PRAWAT_DATA_DIR) somewhere else." + detail(reach));
        }
        Path java = Path.of(layout.environment().get("ES_JAVA_HOME"), "bin", "java");
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
        command.addAll(List.of(account + ":", layout.home().toString()));
        LocalProcesses.Result chown = LocalProcesses.run(command, Map.of(), null, 120);
        if (!chown.ok()) {
            throw new LocalServiceException("Cannot hand " + layout.home() + " to the account '" + account
                    + "' that Elasticsearch runs as (it refuses to run as root): "
                    + chown.output().strip());
        }
    }
}
