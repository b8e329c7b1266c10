package org.prawat.infra.local;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a local-service failure (port taken, disk full, distribution not downloaded) into Spring
 * Boot's plain "APPLICATION FAILED TO START" report instead of a stack trace.
 */
class LocalServiceFailureAnalyzer extends AbstractFailureAnalyzer<LocalServiceException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalServiceException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the cause above and start again, or point Prawat at external servers with "
                        + "SPRING_DATASOURCE_URL and SPRING_ELASTICSEARCH_URIS (see README.md).",
                cause);
    }
}
