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

    public static void main(String[] args) {
        var application = new SpringApplication(BenchApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run(args).close();
    }
}
