package org.prawat.infra.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.PutComponentTemplateRequest;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Puts the Thai analysis component template and one index template per read model (each
 * {@code elasticsearch/indices/<name>.json} mapping on the classpath) into Elasticsearch, and makes
 * sure an alias {@code <name>} points at a concrete index {@code <name>-v1} or later. Runs while
 * the context is built, so before any projection writes.
 */
public class SearchIndexes implements InitializingBean {

    static final String ANALYSIS_TEMPLATE = "prawat-thai-analysis";
    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private final ElasticsearchClient client;
    private final ObjectMapper json = new ObjectMapper();

    public SearchIndexes(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        client.cluster().health(h -> h.waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("60s")));
        try (InputStream analysis = resource(
                        "classpath:elasticsearch/component-templates/" + ANALYSIS_TEMPLATE + ".json")
                .getInputStream()) {
            client.cluster().putComponentTemplate(PutComponentTemplateRequest.of(t -> t.name(ANALYSIS_TEMPLATE)
                    .withJson(analysis)));
        }
        for (Resource mapping :
                new PathMatchingResourcePatternResolver().getResources("classpath*:elasticsearch/indices/*.json")) {
            String name = Objects.requireNonNull(mapping.getFilename()).replace(".json", "");
            putIndexTemplate(name, mapping);
            createFirstVersionIfMissing(name);
        }
    }

    private void putIndexTemplate(String name, Resource mapping) throws IOException {
        ObjectNode template = json.createObjectNode();
        // Versions only: "timeline-*" would also claim the versions of "timeline-people".
        template.putArray("index_patterns").add(name + "-v*");
        template.putArray("composed_of").add(ANALYSIS_TEMPLATE);
        template.putObject("template").set("mappings", json.readTree(mapping.getInputStream()));
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
