package org.prawat.infra.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A real PostgreSQL server (zonky's Maven-shipped binaries) whose data lives under {@code home} and
 * survives restarts. As root, zonky runs initdb/pg_ctl inside a user namespace, so no extra account
 * is needed.
 */
public final class LocalPostgres {

    /** {@code home} holds the data directory and the unpacked binaries. */
    public record Settings(Path home, int port, String database) {}

    private static final String USER = "postgres";

    private final Settings settings;
    private EmbeddedPostgres server;

    public LocalPostgres(Settings settings) {
        this.settings = settings;
    }

    /** Starts the server (or adopts ours, left running by a killed JVM) and returns its JDBC URL. */
    public synchronized String start() {
        if (server == null && !runningFromOurDataDirectory()) {
            LocalDisk.requireFreeSpace(settings.home(), 200);
            if (!LocalProcesses.isPortFree(settings.port())) {
                throw LocalServiceException.portTaken(
                        "PostgreSQL", settings.port(), "prawat.local.postgres-port", "SPRING_DATASOURCE_URL");
            }
            server = startServer();
        }
        createDatabaseIfMissing();
        return jdbcUrl();
    }

    public synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new LocalServiceException("Could not stop local PostgreSQL: " + e.getMessage(), e);
            } finally {
                server = null;
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + settings.port() + "/" + settings.database();
    }

    public String username() {
        return USER;
    }

    private EmbeddedPostgres startServer() {
        try {
            Path work = Files.createDirectories(settings.home().resolve("binaries"));
            return EmbeddedPostgres.builder()
                    .setPort(settings.port())
                    .setDataDirectory(settings.home().resolve("data"))
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory(work.toFile())
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new LocalServiceException(
                    "Local PostgreSQL did not start under " + settings.home() + ": " + e.getMessage()
                            + ". Delete that directory to start from scratch, or set SPRING_DATASOURCE_URL.",
                    e);
        }
    }

    /** A postmaster.pid in our data directory naming a live process means the server is ours. */
    private boolean runningFromOurDataDirectory() {
        Path pidFile = settings.home().resolve("data").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return false;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                    && !LocalProcesses.isPortFree(settings.port());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void createDatabaseIfMissing() {
        String admin = "jdbc:postgresql://127.0.0.1:" + settings.port() + "/postgres";
        try (var connection = DriverManager.getConnection(admin, USER, "");
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, settings.database());
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("CREATE DATABASE \"" + settings.database() + "\"");
            }
        } catch (SQLException e) {
            throw new LocalServiceException(
                    "Local PostgreSQL on port " + settings.port() + " refused the connection: " + e.getMessage(), e);
        }
    }
}
