package org.prawat.infra.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prawat.infra.local.TestElasticsearch;

/**
 * The {@code thai} analyzer of {@code elasticsearch/component-templates/prawat-thai-analysis.json},
 * on a real Elasticsearch with the Thai plugin, through real match queries.
 */
class ThaiAnalysisIT {

    private static final String TEMPLATE = "/elasticsearch/component-templates/prawat-thai-analysis.json";
    private static final String INDEX = "thai-analysis-it";

    private static final Map<String, String> DOCUMENTS = Map.of(
            "development", "การพัฒนาพนักงานส่วนตำบล",
            "budget-latin", "แผนพัฒนาบุคลากร ปีงบประมาณ 2565",
            "budget-thai", "รายงานผลการฝึกอบรม ประจำปี ๒๕๖๕",
            "orientation", "โครงการปฐมนิเทศพนักงานใหม่",
            "latin", "หลักสูตร Microsoft EXCEL สำหรับงาน hr",
            "other", "ลูกจ้างประจำกองคลัง");

    record Document(String text) {}

    private static RestClient restClient;
    private static ElasticsearchClient client;

    @BeforeAll
    static void indexDocuments() throws IOException {
        var es = TestElasticsearch.shared();
        restClient = RestClient.builder(HttpHost.create(es.uri().toString())).build();
        client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));

        String settings = template().path("template").path("settings").toString();
        client.indices().delete(d -> d.index(INDEX).ignoreUnavailable(true));
        client.indices().create(c -> c.index(INDEX)
                .settings(s -> s.withJson(new StringReader(settings)))
                .mappings(m -> m.properties("text", p -> p.text(t -> t.analyzer("thai")))));

        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        DOCUMENTS.forEach((id, text) ->
                bulk.operations(op -> op.index(i -> i.index(INDEX).id(id).document(new Document(text)))));
        BulkResponse response = client.bulk(bulk.build());
        assertThat(response.errors()).isFalse();
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (client != null) {
            client.indices().delete(d -> d.index(INDEX).ignoreUnavailable(true));
        }
        if (restClient != null) {
            restClient.close();
        }
    }

    @Test
    void aThaiWordFindsTextWhereItIsPartOfALongerRun() throws IOException {
        assertThat(match("พนักงาน")).contains("development", "orientation").doesNotContain("other");
        assertThat(match("ปฐมนิเทศ")).containsExactly("orientation");
    }

    @Test
    void thaiAndArabicDigitsMatchEachOther() throws IOException {
        // Without folding, each form would only find its own document.
        assertThat(match("๒๕๖๕")).containsExactlyInAnyOrder("budget-latin", "budget-thai");
        assertThat(match("2565")).containsExactlyInAnyOrder("budget-latin", "budget-thai");
    }

    @Test
    void latinIsCaseInsensitive() throws IOException {
        assertThat(match("excel")).containsExactly("latin");
        assertThat(match("HR")).containsExactly("latin");
        assertThat(match("Microsoft")).containsExactly("latin");
    }

    @Test
    void anUnrelatedWordFindsNothing() throws IOException {
        assertThat(match("ธนาคาร")).isEmpty();
        assertThat(match("2566")).isEmpty();
    }

    @Test
    void theComponentTemplateComposesIntoIndexTemplates() throws IOException {
        try (InputStream body = ThaiAnalysisIT.class.getResourceAsStream(TEMPLATE)) {
            client.cluster()
                    .putComponentTemplate(t -> t.name("prawat-thai-analysis-it").withJson(body));
        }
        client.indices().putIndexTemplate(t -> t.name("thai-composed-it")
                .indexPatterns("thai-composed-it-*")
                .composedOf("prawat-thai-analysis-it")
                .template(tt -> tt.mappings(m -> m.properties("text", p -> p.text(x -> x.analyzer("thai"))))));
        String index = "thai-composed-it-v1";
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
            client.indices().create(c -> c.index(index));

            List<String> tokens = client
                    .indices()
                    .analyze(a -> a.index(index).field("text").text("การพัฒนาพนักงาน ปี ๒๕๖๕ HR"))
                    .tokens()
                    .stream()
                    .map(AnalyzeToken::token)
                    .toList();
            assertThat(tokens).contains("พนักงาน", "2565", "hr");
            String replicas = client.indices()
                    .getSettings(g -> g.index(index))
                    .get(index)
                    .settings()
                    .index()
                    .numberOfReplicas();
            assertThat(replicas).isEqualTo("0");
        } finally {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
            client.indices().deleteIndexTemplate(d -> d.name("thai-composed-it"));
            client.cluster().deleteComponentTemplate(d -> d.name("prawat-thai-analysis-it"));
        }
    }

    private static List<String> match(String query) throws IOException {
        return client
                .search(
                        s -> s.index(INDEX)
                                .query(q -> q.match(m -> m.field("text").query(query))),
                        Document.class)
                .hits()
                .hits()
                .stream()
                .map(Hit::id)
                .toList();
    }

    private static JsonNode template() throws IOException {
        try (InputStream in = ThaiAnalysisIT.class.getResourceAsStream(TEMPLATE)) {
            assertThat(in).as(TEMPLATE).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
