package org.prawat.infra.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prawat.infra.local.TestElasticsearch;

/**
 * An index made by an older Prawat (another mapping or analysis) is recognised at start-up, so
 * that its read model is rebuilt instead of refusing every new document; settings that change no
 * stored content (the refresh interval, merges) are applied in place.
 */
class SearchIndexesIT {

    private static final String ALIAS = "search-indexes-it";
    /** An index with its own settings (test resource {@code elasticsearch/index-settings/<name>.json}). */
    private static final String READ_BY_ID = "search-indexes-it-read-by-id";

    private static RestClient restClient;
    private static ElasticsearchClient client;

    @BeforeAll
    static void connect() {
        var es = TestElasticsearch.shared();
        restClient = RestClient.builder(HttpHost.create(es.uri().toString())).build();
        client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        deleteVersions();
        restClient.close();
    }

    @Test
    void an_index_made_with_this_versions_mapping_is_current_and_one_made_with_another_is_outdated()
            throws IOException {
        deleteVersions();
        var first = new SearchIndexes(client);
        first.afterPropertiesSet();
        assertThat(client.indices().existsAlias(a -> a.name(ALIAS)).value()).isTrue();
        assertThat(first.outdated()).doesNotContain(ALIAS);

        // What an index made by another version carries: another fingerprint.
        client.indices().putMapping(m -> m.index(ALIAS)
                .meta(Map.of(SearchIndexes.FINGERPRINT, JsonData.of("made-by-an-older-prawat"))));
        var afterUpgrade = new SearchIndexes(client);
        afterUpgrade.afterPropertiesSet();

        assertThat(afterUpgrade.outdated()).contains(ALIAS);
    }

    @Test
    void an_index_made_before_fingerprints_existed_is_outdated() throws IOException {
        deleteVersions();
        new SearchIndexes(client).afterPropertiesSet();
        // What an index of the first versions carries: no fingerprint at all.
        client.indices().putMapping(m -> m.index(ALIAS).meta(Map.of()));

        var afterUpgrade = new SearchIndexes(client);
        afterUpgrade.afterPropertiesSet();

        assertThat(afterUpgrade.outdated()).contains(ALIAS);
    }

    /**
     * Left to Elasticsearch's default, a shard nobody searched for 30 s stops refreshing, and the
     * next search waits for one large refresh (the benchmark saw seconds). The interval is explicit
     * on every index, also on one made before it was.
     */
    @Test
    void every_index_refreshes_at_the_configured_interval_also_one_made_before_it_was_set() throws IOException {
        String configured = refreshIntervalIn("/elasticsearch/component-templates/prawat-refresh.json", "/template");
        String own = refreshIntervalIn("/elasticsearch/index-settings/" + READ_BY_ID + ".json", "");
        assertThat(configured).isNotBlank();
        assertThat(own).isNotBlank().isNotEqualTo(configured);
        deleteVersions();
        new SearchIndexes(client).afterPropertiesSet();
        assertThat(refreshInterval(ALIAS)).isEqualTo(configured);
        assertThat(refreshInterval(READ_BY_ID)).isEqualTo(own);

        // What an index of an earlier version carries: no explicit interval.
        for (String alias : List.of(ALIAS, READ_BY_ID)) {
            var reset = new Request("PUT", "/" + alias + "/_settings");
            reset.setJsonEntity("{\"index\":{\"refresh_interval\":null}}");
            restClient.performRequest(reset);
            assertThat(refreshInterval(alias)).isNull();
        }
        new SearchIndexes(client).afterPropertiesSet();

        assertThat(refreshInterval(ALIAS)).isEqualTo(configured);
        assertThat(refreshInterval(READ_BY_ID)).isEqualTo(own);
        // A new version of the index (a rebuild) is made from the template with its own interval too.
        client.indices().create(c -> c.index(READ_BY_ID + "-v2"));
        assertThat(refreshInterval(READ_BY_ID + "-v2")).isEqualTo(own);
    }

    /**
     * An index whose documents are rewritten with every event (a person's) lets more deleted
     * versions wait before a merge: its own merge settings, in place and in its next version.
     */
    @Test
    void an_index_takes_its_own_merge_settings_also_one_made_before_they_were_set() throws IOException {
        String own = new ObjectMapper()
                .readTree(getClass().getResource("/elasticsearch/index-settings/" + READ_BY_ID + ".json"))
                .at("/settings/index")
                .path("merge.policy.deletes_pct_allowed")
                .asText();
        assertThat(own).isNotBlank();
        deleteVersions();
        new SearchIndexes(client).afterPropertiesSet();
        assertThat(setting(READ_BY_ID, "merge.policy.deletes_pct_allowed")).isEqualTo(own);

        var reset = new Request("PUT", "/" + READ_BY_ID + "/_settings");
        reset.setJsonEntity("{\"index\":{\"merge.policy.deletes_pct_allowed\":null}}");
        restClient.performRequest(reset);
        assertThat(setting(READ_BY_ID, "merge.policy.deletes_pct_allowed")).isNull();
        new SearchIndexes(client).afterPropertiesSet();

        assertThat(setting(READ_BY_ID, "merge.policy.deletes_pct_allowed")).isEqualTo(own);
        assertThat(setting(ALIAS, "merge.policy.deletes_pct_allowed")).isNull();
        client.indices().create(c -> c.index(READ_BY_ID + "-v2"));
        assertThat(setting(READ_BY_ID + "-v2", "merge.policy.deletes_pct_allowed"))
                .isEqualTo(own);
    }

    private String refreshIntervalIn(String resource, String settingsAt) throws IOException {
        return new ObjectMapper()
                .readTree(getClass().getResource(resource))
                .at(settingsAt + "/settings/index/refresh_interval")
                .asText();
    }

    private static String refreshInterval(String alias) throws IOException {
        return setting(alias, "refresh_interval");
    }

    /** One index setting as the index has it now (flat name), or null when it has none of its own. */
    private static String setting(String alias, String name) throws IOException {
        var response = restClient.performRequest(new Request("GET", "/" + alias + "/_settings?flat_settings=true"));
        JsonNode settings = new ObjectMapper()
                .readTree(response.getEntity().getContent())
                .elements()
                .next()
                .path("settings");
        JsonNode value = settings.path("index." + name);
        return value.isMissingNode() ? null : value.asText();
    }

    /** By name: this Elasticsearch refuses to delete by wildcard. */
    private static void deleteVersions() throws IOException {
        var versions = client.indices()
                .get(g -> g.index(ALIAS + "-v*", READ_BY_ID + "-v*").allowNoIndices(true))
                .result()
                .keySet();
        if (!versions.isEmpty()) {
            client.indices().delete(d -> d.index(List.copyOf(versions)));
        }
    }

    @Test
    void the_fingerprint_changes_with_the_mapping_and_with_the_analysis() {
        byte[] analysis = "{\"analyzer\":\"thai\"}".getBytes();
        byte[] mapping = "{\"properties\":{}}".getBytes();

        assertThat(SearchIndexes.fingerprint(analysis, mapping))
                .isEqualTo(SearchIndexes.fingerprint(analysis, mapping));
        assertThat(SearchIndexes.fingerprint(analysis, "{}".getBytes()))
                .isNotEqualTo(SearchIndexes.fingerprint(analysis, mapping));
        assertThat(SearchIndexes.fingerprint("{}".getBytes(), mapping))
                .isNotEqualTo(SearchIndexes.fingerprint(analysis, mapping));
    }
}
