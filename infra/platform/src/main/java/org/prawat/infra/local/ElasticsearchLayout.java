package org.prawat.infra.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where a local Elasticsearch keeps what under its home (the layout described on {@link LocalElasticsearch}). */
final class ElasticsearchLayout {

    private final LocalElasticsearch.Settings settings;

    ElasticsearchLayout(LocalElasticsearch.Settings settings) {
        this.settings = settings;
    }

    Path home() {
        return settings.home();
    }

    /** Named after the zip, so an upgrade unpacks beside the old version instead of over it. */
    Path distribution() {
        String zipName = settings.distributionZip().getFileName().toString();
        return home().resolve(zipName.endsWith(".zip") ? zipName.substring(0, zipName.length() - 4) : zipName);
    }

    Path data() {
        return home().resolve("data");
    }

    Path logs() {
        return home().resolve("logs");
    }

    Path tmp() {
        return home().resolve("tmp");
    }

    Path console() {
        return logs().resolve("console.log");
    }

    Path serverLog() {
        return logs().resolve(settings.clusterName() + ".log");
    }

    /** Written by Elasticsearch. */
    Path pidFile() {
        return home().resolve("elasticsearch.pid");
    }

    /** The JVM that started Elasticsearch. */
    Path launcherFile() {
        return home().resolve("launcher.pid");
    }

    /** Environment for Elasticsearch's scripts: this JVM's Java (the distribution has none). */
    Map<String, String> environment() {
        String javaHome = Optional.ofNullable(System.getenv("ES_JAVA_HOME")).orElse(System.getProperty("java.home"));
        return Map.of("ES_JAVA_HOME", javaHome, "ES_TMPDIR", tmp().toString());
    }
}
