package org.prawat.infra.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Prawat's side of Elasticsearch: documents as JSON with ISO dates, and the indices set up at
 * start-up. The client itself is Spring Boot's, configured by {@code spring.elasticsearch.uris}.
 */
@AutoConfiguration(
        beforeName = "org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration")
public class ElasticsearchConfiguration {

    @Bean
    JsonpMapper jsonpMapper() {
        return new JacksonJsonpMapper(JsonMapper.builder()
                .findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build());
    }

    @Bean
    SearchIndexes searchIndexes(ElasticsearchClient client) {
        return new SearchIndexes(client);
    }
}
