package org.prawat.infra.pdpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The PDPA master key ({@value #PROPERTY}, env {@code PRAWAT_PDPA_MASTER_KEY}: Base64 of 32 random
 * bytes). It wraps every person's data key and keys the national ID digests, so losing it loses
 * every name in every case file: production sets it from a secret store and backs it up apart from
 * the database. When it is not configured, it is read from {@code <prawat.data-dir>/}{@value #FILE},
 * which is generated (owner-only) on the first start, so a local run and the tests need no setup.
 */
public class MasterKeyEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "prawat.pdpa.master-key";
    static final String FILE = "pdpa-master-key";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PROPERTY)) {
            return;
        }
        Path file = Path.of(environment.getProperty("prawat.data-dir", ".data")).resolve(FILE);
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("prawat-pdpa-master-key", Map.of(PROPERTY, readOrCreate(file))));
    }

    static synchronized String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String key = Base64.getEncoder().encodeToString(AesGcm.newKey().getEncoded());
            Path fresh = Files.createTempFile(file.toAbsolutePath().getParent(), FILE, ".new");
            try {
                Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions apply.
            }
            Files.writeString(fresh, key + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(fresh, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                Files.deleteIfExists(fresh);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the PDPA master key " + file, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
