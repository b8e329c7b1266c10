package org.prawat.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The Thai analysis plugin bundled on the classpath, installed into the unpacked distribution. The
 * checksum of the installed zip is kept beside the plugins, so a changed plugin is reinstalled while
 * an unchanged one costs a warm start nothing.
 */
final class ElasticsearchThaiPlugin {

    static final String PLUGIN_RESOURCE = "/elasticsearch/prawat-thai-analysis.zip";
    static final String PLUGIN_NAME = "prawat-thai-analysis";
    /** Beside the unpacked distribution's plugins: the checksum of the plugin zip installed. */
    static final String PLUGIN_CHECKSUM = ".prawat-thai-analysis.sha256";

    /** The bundled zip copied under home, and its checksum to record once it is installed. */
    record Staged(Path zip, String checksum) {}

    private final ElasticsearchLayout layout;

    ElasticsearchThaiPlugin(ElasticsearchLayout layout) {
        this.layout = layout;
    }

    /**
     * When the installed plugin is missing or differs from the bundled one: removes it and copies the
     * bundled zip under home, where the account Elasticsearch runs as can read it once home is handed
     * over. Empty when the installed plugin is up to date.
     */
    Optional<Staged> stageIfChanged() throws IOException {
        byte[] plugin = bundledZip();
        String checksum = HexFormat.of().formatHex(sha256(plugin));
        Path checksumFile = layout.distribution().resolve(PLUGIN_CHECKSUM);
        Path pluginDir = layout.distribution().resolve("plugins").resolve(PLUGIN_NAME);
        if (Files.isDirectory(pluginDir)
                && Files.isRegularFile(checksumFile)
                && checksum.equals(Files.readString(checksumFile).strip())) {
            return Optional.empty();
        }
        Files.deleteIfExists(checksumFile);
        LocalFiles.deleteRecursively(pluginDir);
        Path staged = layout.tmp().resolve(PLUGIN_NAME + ".zip");
        Files.write(staged, plugin);
        return Optional.of(new Staged(staged, checksum));
    }

    /** Installs a staged plugin as {@code account} (null: as this JVM's user) and records its checksum. */
    void install(Staged staged, String account) throws IOException {
        Path distribution = layout.distribution();
        List<String> command = new ArrayList<>(LocalProcesses.asAccount(account));
        command.addAll(List.of(
                distribution.resolve("bin").resolve("elasticsearch-plugin").toString(),
                "install",
                "--batch",
                staged.zip().toUri().toString()));
        LocalProcesses.Result result = LocalProcesses.run(command, layout.environment(), distribution, 300);
        if (!result.ok()) {
            throw new LocalServiceException("Installing the Thai analysis plugin into " + distribution
                    + " failed (exit " + result.exitCode() + "):\n"
                    + result.output().strip()
                    + "\nDelete " + distribution + " to start from a fresh copy.");
        }
        Files.writeString(distribution.resolve(PLUGIN_CHECKSUM), staged.checksum() + "\n");
        Files.deleteIfExists(staged.zip());
    }

    private static byte[] bundledZip() throws IOException {
        try (InputStream in = ElasticsearchThaiPlugin.class.getResourceAsStream(PLUGIN_RESOURCE)) {
            if (in == null) {
                throw new LocalServiceException("The Thai analysis plugin (classpath resource " + PLUGIN_RESOURCE
                        + ") is missing: infra/platform bundles it while building; run "
                        + "`mvn -q -pl infra/platform -am process-resources`.");
            }
            return in.readAllBytes();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
