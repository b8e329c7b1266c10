package org.prawat.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With {@code bench.fresh-store=true}, deletes the benchmark's data directory before the local
 * PostgreSQL and Elasticsearch start in it, so every run starts from an empty store and figures are
 * comparable. Refuses any directory not named {@code bench-…}: the application's and the tests'
 * data are never touched.
 */
public class FreshBenchStore implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty("bench.fresh-store", Boolean.class, false)) {
            return;
        }
        Path dataDir = Path.of(env.getProperty("prawat.data-dir", ".data"))
                .toAbsolutePath()
                .normalize();
        if (!dataDir.getFileName().toString().startsWith("bench-")) {
            throw new IllegalStateException(
                    "bench.fresh-store deletes only a benchmark's own data directory (bench-…), not " + dataDir);
        }
        deleteRecursively(dataDir);
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + root, e);
        }
    }

    /** Before the local services start (they run last). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
