package org.prawat.infra.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.PutComponentTemplateRequest;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Puts the Thai analysis component template and one index template per read model (each
 * {@code elasticsearch/indices/<name>.json} mapping on the classpath) into Elasticsearch, and makes
 * sure an alias {@code <name>} points at a concrete index {@code <name>-v1} or later. Every index
 * refreshes as {@value #REFRESH_TEMPLATE} says, and then takes its own settings if it has any
 * ({@code elasticsearch/index-settings/<name>.json}), which win where both set the same one. Runs
 * while the context is built, so before any projection writes.
 */
public class SearchIndexes implements InitializingBean {

    static final String ANALYSIS_TEMPLATE = "prawat-thai-analysis";
    /** Index settings that change no stored content (refresh), so outside the fingerprint. */
    static final String REFRESH_TEMPLATE = "prawat-refresh";

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    /** Key in each index's mapping {@code _meta}: a fingerprint of the mapping and analysis it was made with. */
    static final String FINGERPRINT = "prawat-fingerprint";

    private final ElasticsearchClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> outdated = new TreeSet<>();

    public SearchIndexes(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        client.cluster().health(h -> h.waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("60s")));
        byte[] analysis = resource("classpath:elasticsearch/component-templates/" + ANALYSIS_TEMPLATE + ".json")
                .getContentAsByteArray();
        client.cluster().putComponentTemplate(PutComponentTemplateRequest.of(t -> t.name(ANALYSIS_TEMPLATE)
                .withJson(new ByteArrayInputStream(analysis))));
        byte[] refresh = resource("classpath:elasticsearch/component-templates/" + REFRESH_TEMPLATE + ".json")
                .getContentAsByteArray();
        client.cluster().putComponentTemplate(PutComponentTemplateRequest.of(t -> t.name(REFRESH_TEMPLATE)
                .withJson(new ByteArrayInputStream(refresh))));
        JsonNode refreshSettings = json.readTree(refresh).path("template").path("settings");
        for (Resource mapping :
                new PathMatchingResourcePatternResolver().getResources("classpath*:elasticsearch/indices/*.json")) {
            String name = Objects.requireNonNull(mapping.getFilename()).replace(".json", "");
            byte[] content = mapping.getContentAsByteArray();
            String fingerprint = fingerprint(analysis, content);
            JsonNode ownSettings = ownSettings(name);
            putIndexTemplate(name, content, fingerprint, ownSettings);
            createFirstVersionIfMissing(name);
            // Indices made before the template (or with other settings) take the current ones.
            putSettings(name, refreshSettings);
            if (!ownSettings.isMissingNode()) {
                putSettings(name, ownSettings);
            }
            if (!fingerprint.equals(fingerprintOf(name))) {
                outdated.add(name);
                log.warn(
                        "The index behind alias {} was made with another mapping or analysis than this version's:"
                                + " its read model must be rebuilt",
                        name);
            }
        }
    }

    /**
     * The aliases whose index was made with another mapping or analysis than the ones on the
     * classpath (an older version of Prawat): their read models must be rebuilt into a new version.
     */
    public Set<String> outdated() {
        return Set.copyOf(outdated);
    }

    private String fingerprintOf(String alias) throws IOException {
        var mappings = client.indices().getMapping(g -> g.index(alias)).result().values();
        return mappings.stream()
                .map(record -> record.mappings().meta().get(FINGERPRINT))
                .filter(Objects::nonNull) // an index made before fingerprints existed has none
                .map(value -> value.to(String.class))
                .findFirst()
                .orElse(null);
    }

    static String fingerprint(byte[] analysis, byte[] mapping) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(analysis);
            digest.update(mapping);
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An index's own settings that change no stored content ({@code elasticsearch/index-settings/<name>.json},
     * optional): they override {@value #REFRESH_TEMPLATE} for that index, e.g. a longer refresh
     * interval for an index only ever read by id, so that the indices people search refresh on time,
     * or merges that let more deleted versions wait in an index whose documents are often rewritten.
     */
    private JsonNode ownSettings(String name) throws IOException {
        Resource own = new PathMatchingResourcePatternResolver()
                .getResource("classpath:elasticsearch/index-settings/" + name + ".json");
        return own.exists() ? json.readTree(own.getContentAsByteArray()).path("settings") : json.missingNode();
    }

    private void putSettings(String index, JsonNode settings) throws IOException {
        client.indices().putSettings(p -> p.index(index).withJson(new StringReader(settings.toString())));
    }

    private void putIndexTemplate(String name, byte[] mapping, String fingerprint, JsonNode ownSettings)
            throws IOException {
        ObjectNode template = json.createObjectNode();
        // Versions only: "timeline-*" would also claim the versions of "timeline-people".
        template.putArray("index_patterns").add(name + "-v*");
        template.putArray("composed_of").add(ANALYSIS_TEMPLATE).add(REFRESH_TEMPLATE);
        ObjectNode mappings = (ObjectNode) json.readTree(mapping);
        mappings.putObject("_meta").put(FINGERPRINT, fingerprint);
        ObjectNode body = template.putObject("template");
        body.set("mappings", mappings);
        if (!ownSettings.isMissingNode()) {
            body.set("settings", ownSettings); // over the component templates' settings
        }
        client.indices().putIndexTemplate(PutIndexTemplateRequest.of(t -> t.name(name)
                .withJson(new StringReader(template.toString()))));
    }

    private void createFirstVersionIfMissing(String alias) throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            return;
        }
        String index = alias + "-v1";
        client.indices().create(c -> c.index(index).aliases(alias, a -> a.isWriteIndex(true)));
        client.cluster().health(h -> h.index(index).waitForStatus(HealthStatus.Yellow));
        log.info("Created Elasticsearch index {} behind alias {}", index, alias);
    }

    private static Resource resource(String location) {
        Resource resource = new PathMatchingResourcePatternResolver().getResource(location);
        if (!resource.exists()) {
            throw new UncheckedIOException(new IOException("Missing " + location));
        }
        return resource;
    }
}
