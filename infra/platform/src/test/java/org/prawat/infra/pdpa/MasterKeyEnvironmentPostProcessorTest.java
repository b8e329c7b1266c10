package org.prawat.infra.pdpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class MasterKeyEnvironmentPostProcessorTest {

    @TempDir
    Path dataDir;

    @Test
    void without_a_configured_key_one_is_generated_into_the_data_dir_readable_by_its_owner_only() throws Exception {
        var environment = new MockEnvironment().withProperty("prawat.data-dir", dataDir.toString());

        new MasterKeyEnvironmentPostProcessor().postProcessEnvironment(environment, null);

        String key = environment.getProperty(MasterKeyEnvironmentPostProcessor.PROPERTY);
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        Path file = dataDir.resolve(MasterKeyEnvironmentPostProcessor.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void the_generated_key_is_read_again_on_the_next_start_so_earlier_keys_still_unwrap() {
        var first = new MockEnvironment().withProperty("prawat.data-dir", dataDir.toString());
        var second = new MockEnvironment().withProperty("prawat.data-dir", dataDir.toString());

        new MasterKeyEnvironmentPostProcessor().postProcessEnvironment(first, null);
        new MasterKeyEnvironmentPostProcessor().postProcessEnvironment(second, null);

        assertThat(second.getProperty(MasterKeyEnvironmentPostProcessor.PROPERTY))
                .isEqualTo(first.getProperty(MasterKeyEnvironmentPostProcessor.PROPERTY));
    }

    @Test
    void a_configured_key_wins_and_no_file_is_written() {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        var environment = new MockEnvironment()
                .withProperty("prawat.data-dir", dataDir.toString())
                .withProperty(MasterKeyEnvironmentPostProcessor.PROPERTY, configured);

        new MasterKeyEnvironmentPostProcessor().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(MasterKeyEnvironmentPostProcessor.PROPERTY))
                .isEqualTo(configured);
        assertThat(dataDir.resolve(MasterKeyEnvironmentPostProcessor.FILE)).doesNotExist();
    }
}
