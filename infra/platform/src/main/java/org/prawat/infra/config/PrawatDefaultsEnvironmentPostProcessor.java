package org.prawat.infra.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code prawat-defaults.properties} (Axon without Axon Server, Jackson everywhere, health
 * details) with the lowest precedence, so that the application and every test context get the same
 * technical settings and any of them can still be overridden.
 */
public class PrawatDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static final String AXON_UPDATE_CHECK = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Axon's update checker calls a host outside the network at start-up; government
        // deployments (and this build machine) have no such route. A JVM property, read by Axon itself.
        if (System.getProperty(AXON_UPDATE_CHECK) == null) {
            System.setProperty(AXON_UPDATE_CHECK, "true");
        }
        try {
            environment
                    .getPropertySources()
                    .addLast(new ResourcePropertySource(
                            "prawat-defaults", new ClassPathResource("prawat-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
