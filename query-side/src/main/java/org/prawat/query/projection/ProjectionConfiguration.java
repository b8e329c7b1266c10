package org.prawat.query.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live target every projection bean is made with. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    /**
     * Caches the aliases exactly one read model writes: their processors are single-threaded, so
     * nobody else changes those documents behind the cache's back.
     */
    @Bean
    LiveProjectionTarget liveProjectionTarget(ElasticsearchClient client, List<ProjectionSet> readModels) {
        Map<String, Integer> writers = new HashMap<>();
        readModels.forEach(set -> set.aliases().forEach(alias -> writers.merge(alias, 1, Integer::sum)));
        var soleWriter = writers.entrySet().stream()
                .filter(entry -> entry.getValue() == 1)
                .map(Map.Entry::getKey)
                .toList();
        return new LiveProjectionTarget(client, soleWriter, DocumentCache.DEFAULT_CAPACITY);
    }
}
