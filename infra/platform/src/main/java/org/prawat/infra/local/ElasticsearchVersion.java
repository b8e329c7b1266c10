package org.prawat.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Elasticsearch version the build downloads, filtered in from the root pom. */
final class ElasticsearchVersion {

    static final String VERSION = load();

    private ElasticsearchVersion() {}

    private static String load() {
        try (var in = ElasticsearchVersion.class.getResourceAsStream("versions.properties")) {
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("elasticsearch.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
