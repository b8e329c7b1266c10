package org.prawat.infra.local;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @TempDir
    Path home;

    @Test
    void a_port_held_by_another_program_is_named_in_a_plain_message() throws Exception {
        try (var other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var postgres = new LocalPostgres(new LocalPostgres.Settings(home, other.getLocalPort(), "prawat"));

            assertThatThrownBy(postgres::start)
                    .isInstanceOf(LocalServiceException.class)
                    .hasMessageContaining("Port " + other.getLocalPort() + " is already taken")
                    .hasMessageContaining("prawat.local.postgres-port")
                    .hasMessageContaining("SPRING_DATASOURCE_URL");
        }
    }
}
