package org.prawat.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Prawat in one process: the Vaadin UI, the command side and the projections. Scans all of
 * {@code org.prawat} so the aggregates and projections of the other modules are assembled here.
 */
@SpringBootApplication(scanBasePackages = "org.prawat")
public class PrawatApplication {

    public static void main(String[] args) {
        SpringApplication.run(PrawatApplication.class, args);
    }
}
