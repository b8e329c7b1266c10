package org.prawat.query.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live target every projection bean is made with. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Bean
    LiveProjectionTarget liveProjectionTarget(ElasticsearchClient client) {
        return new LiveProjectionTarget(client);
    }
}
