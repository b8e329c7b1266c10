package org.prawat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** What an operator checks first: is the database up, is Elasticsearch up. */
@PrawatIntegrationTest
class HealthIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void health_shows_the_database_and_elasticsearch_up() {
        String health = http.getForObject("/actuator/health", String.class);

        assertThat(health).contains("\"status\":\"UP\"");
        assertThat(health).containsPattern("\"db\":\\{\"status\":\"UP\"");
        assertThat(health).containsPattern("\"elasticsearch\":\\{\"status\":\"UP\"");
    }
}
