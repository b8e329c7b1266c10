package org.prawat.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks that need no running Elasticsearch. */
class LocalElasticsearchTest {

    @TempDir
    Path home;

    @Test
    void aMissingDistributionSaysHowToGetIt() {
        LocalElasticsearch es = new LocalElasticsearch(new LocalElasticsearch.Settings(
                home, home.resolve("elasticsearch-8.19.21.zip"), 39299, "prawat-test", "512m"));

        assertThatThrownBy(es::start)
                .isInstanceOf(LocalServiceException.class)
                .hasMessageContaining(home.resolve("elasticsearch-8.19.21.zip").toString())
                .hasMessageContaining("mvn -q -pl infra/platform -am process-resources");
        assertThat(es.isRunning()).isFalse();
    }

    @Test
    void uriIsKnownBeforeStart() {
        LocalElasticsearch es = new LocalElasticsearch(
                new LocalElasticsearch.Settings(home, home.resolve("es.zip"), 39298, "prawat-test", "512m"));

        assertThat(es.uri()).hasToString("http://127.0.0.1:39298");
        es.stop(); // nothing started: nothing to do
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new LocalElasticsearch.Settings(home, home, 80, "prawat", "512m"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalElasticsearch.Settings(home, home, 39200, "bad name", "512m"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalElasticsearch.Settings(home, home, 39200, "prawat", "lots"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theThaiPluginIsBundled() {
        assertThat(ElasticsearchThaiPlugin.class.getResource(ElasticsearchThaiPlugin.PLUGIN_RESOURCE))
                .isNotNull();
    }
}
