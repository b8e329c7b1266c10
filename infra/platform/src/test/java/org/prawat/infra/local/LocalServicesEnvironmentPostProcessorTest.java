package org.prawat.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LocalServicesEnvironmentPostProcessorTest {

    @Test
    void with_external_postgresql_and_elasticsearch_configured_nothing_is_started() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/prawat")
                .withProperty("spring.elasticsearch.uris", "http://search.example:9200");

        new LocalServicesEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains("prawat-local-services"))
                .isFalse();
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.example:5432/prawat");
        assertThatThrownBy(LocalServices::current).isInstanceOf(IllegalStateException.class);
    }
}
