package org.prawat.infra.local;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the local PostgreSQL and Elasticsearch before the application context needs them, unless
 * an external one is configured ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL},
 * {@code spring.elasticsearch.uris} / {@code SPRING_ELASTICSEARCH_URIS}): then nothing is started.
 * Runs after the configuration files are read, so settings there count too.
 */
public class LocalServicesEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        boolean postgres = !env.containsProperty("spring.datasource.url")
                && env.getProperty("prawat.local.postgres.enabled", Boolean.class, true);
        boolean elasticsearch = !env.containsProperty("spring.elasticsearch.uris")
                && env.getProperty("prawat.local.elasticsearch.enabled", Boolean.class, true);
        if (!postgres && !elasticsearch) {
            return;
        }
        var services = LocalServices.get(
                Path.of(env.getProperty("prawat.data-dir", ".data")).toAbsolutePath(),
                env.getProperty("prawat.local.postgres-port", Integer.class, LocalServices.DEFAULT_POSTGRES_PORT),
                env.getProperty(
                        "prawat.local.elasticsearch-port", Integer.class, LocalServices.DEFAULT_ELASTICSEARCH_PORT),
                Path.of(env.getProperty("prawat.local.elasticsearch-distribution", defaultDistribution())));
        services.start(postgres, elasticsearch);
        // Spring Boot runs shutdown handlers after closing the application context, so the
        // projections and the connection pool finish before their servers go away.
        SpringApplication.getShutdownHandlers().add(services::stopAll);

        Map<String, Object> endpoints = new HashMap<>();
        if (postgres) {
            endpoints.put("spring.datasource.url", services.postgres().jdbcUrl());
            endpoints.put("spring.datasource.username", services.postgres().username());
            endpoints.put("spring.datasource.password", "");
        }
        if (elasticsearch) {
            endpoints.put(
                    "spring.elasticsearch.uris", services.elasticsearch().uri().toString());
        }
        env.getPropertySources().addLast(new MapPropertySource("prawat-local-services", endpoints));
    }

    /** Where Maven puts the Elasticsearch zip it downloads for infra/platform. */
    private static String defaultDistribution() {
        String repository = System.getProperty(
                "maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        String version = ElasticsearchVersion.VERSION;
        return Path.of(
                        repository,
                        "org/elasticsearch/distribution/integ-test-zip/elasticsearch",
                        version,
                        "elasticsearch-" + version + ".zip")
                .toString();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
