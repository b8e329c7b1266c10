package org.prawat.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The back end without the UI: the command side with the real event store, the projections and the
 * query handlers, assembled as in the application (same packages, same settings), so the benchmark
 * measures what users get, minus the browser and HTTP.
 */
@SpringBootApplication(
        scanBasePackages = {"org.prawat.domain", "org.prawat.query", "org.prawat.infra", "org.prawat.bench"})
public class BenchApplication {

    /**
     * Runs the benchmark and ends the JVM: Axon leaves a non-daemon thread behind (its janitor), so
     * closing the context alone would keep the command waiting after the report is written.
     */
    public static void main(String[] args) {
        var application = new SpringApplication(BenchApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        int exitCode;
        try {
            exitCode = SpringApplication.exit(application.run(args));
        } catch (RuntimeException failed) {
            exitCode = 1; // Spring Boot has logged why and closed the context
        }
        System.exit(exitCode);
    }
}
