package org.prawat.infra.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Where the local Elasticsearch keeps its files. Normally {@code <data-dir>/elasticsearch}; but
 * as root, Elasticsearch runs under an unprivileged account, which cannot reach a project inside a
 * private directory (a 0700 temporary clone, /root). Rather than loosen someone's directories, its
 * files then go to {@value #SHARED_ROOT}/&lt;hash of the data dir&gt;. A marker in the data dir
 * names that place: deleting the data dir resets it, and places whose marker is gone (project
 * deleted or reset) are removed on the next start of any project.
 */
public final class ElasticsearchHome {

    static final String SHARED_ROOT = "/var/tmp/prawat-elasticsearch";
    static final String MARKER = "elasticsearch.location";
    private static final String OWNER = ".prawat-marker";

    private ElasticsearchHome() {}

    public static Path under(Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        if (!LocalProcesses.isRoot() || traversableByOthers(data)) {
            return data.resolve("elasticsearch");
        }
        try {
            removeAbandoned();
            Path marker = data.resolve(MARKER);
            Path shared = Path.of(SHARED_ROOT, sha256(data.toString()).substring(0, 16));
            if (!Files.exists(marker)) {
                LocalFiles.deleteRecursively(shared); // the data dir was reset: so is Elasticsearch
                Files.createDirectories(data);
                Files.writeString(marker, shared + "\n");
            }
            Files.createDirectories(shared);
            Files.writeString(shared.resolve(OWNER), marker + "\n");
            return shared;
        } catch (IOException e) {
            throw new LocalServiceException(
                    "Cannot prepare " + SHARED_ROOT + " for Elasticsearch: " + e.getMessage(), e);
        }
    }

    /** Every existing ancestor lets other accounts pass through (o+x). */
    static boolean traversableByOthers(Path directory) {
        for (Path p = directory; p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    private static void removeAbandoned() throws IOException {
        Path root = Path.of(SHARED_ROOT);
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> places = Files.list(root)) {
            for (Path place : places.toList()) {
                Path owner = place.resolve(OWNER);
                if (Files.exists(owner)
                        && !Files.exists(Path.of(Files.readString(owner).strip()))) {
                    LocalFiles.deleteRecursively(place);
                }
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
