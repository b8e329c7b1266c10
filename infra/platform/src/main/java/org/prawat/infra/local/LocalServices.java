package org.prawat.infra.local;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The PostgreSQL and Elasticsearch that Prawat starts for itself when no external ones are
 * configured. One per JVM: every Spring context of a test run shares them. Whoever starts them
 * stops them ({@link #stopAll}); should the JVM die first, Elasticsearch's watchdog stops it.
 */
public final class LocalServices {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_ELASTICSEARCH_PORT = 19200;

    private static LocalServices instance;

    private final LocalPostgres postgres;
    private final LocalElasticsearch elasticsearch;

    private LocalServices(LocalPostgres postgres, LocalElasticsearch elasticsearch) {
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
    }

    /** The JVM's local services under {@code dataDir}; created on first use. */
    public static synchronized LocalServices get(
            Path dataDir, int postgresPort, int elasticsearchPort, Path esDistribution) {
        if (instance == null) {
            var postgres =
                    new LocalPostgres(new LocalPostgres.Settings(dataDir.resolve("postgres"), postgresPort, "prawat"));
            var elasticsearch = new LocalElasticsearch(new LocalElasticsearch.Settings(
                    ElasticsearchHome.under(dataDir),
                    esDistribution,
                    elasticsearchPort,
                    "prawat-" + elasticsearchPort,
                    "512m"));
            instance = new LocalServices(postgres, elasticsearch);
        }
        return instance;
    }

    /** The instance started by {@link #get}, for tests that stop and restart a service. */
    public static synchronized LocalServices current() {
        if (instance == null) {
            throw new IllegalStateException("No local services were started in this JVM");
        }
        return instance;
    }

    /** Starts what is asked for in parallel (Elasticsearch takes ~20 s, PostgreSQL ~2 s). */
    public void start(boolean withPostgres, boolean withElasticsearch) {
        var pg = withPostgres ? CompletableFuture.runAsync(postgres::start) : CompletableFuture.completedFuture(null);
        var es = withElasticsearch
                ? CompletableFuture.runAsync(elasticsearch::start)
                : CompletableFuture.completedFuture(null);
        try {
            CompletableFuture.allOf(pg, es).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public LocalElasticsearch elasticsearch() {
        return elasticsearch;
    }

    /** Stops Elasticsearch, then PostgreSQL; safe to call more than once. */
    public void stopAll() {
        elasticsearch.stop();
        postgres.stop();
    }
}
