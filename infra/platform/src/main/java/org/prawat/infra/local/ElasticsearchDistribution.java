package org.prawat.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The distribution zip unpacked under home. A marker file written last tells a finished unpack from
 * a half-finished one, so warm starts skip unpacking and an interrupted unpack starts over.
 */
final class ElasticsearchDistribution {

    /** Written into the unpacked distribution once the unpack finished. */
    static final String UNPACKED_MARKER = ".prawat-unpacked";

    private static final long MIN_FREE_MB_TO_UNPACK = 1024;
    // Under the facade's name: one logger setting covers the whole local Elasticsearch.
    private static final System.Logger LOG = System.getLogger(LocalElasticsearch.class.getName());

    private final Path zip;
    private final ElasticsearchLayout layout;

    ElasticsearchDistribution(Path zip, ElasticsearchLayout layout) {
        this.zip = zip;
        this.layout = layout;
    }

    static void requirePresent(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new LocalServiceException("The Elasticsearch distribution " + zip
                    + " is missing. Maven downloads it while building; run "
                    + "`mvn -q -pl infra/platform -am process-resources` or check the network "
                    + "(Maven Central must be reachable). Or use an external Elasticsearch by setting "
                    + "SPRING_ELASTICSEARCH_URIS.");
        }
    }

    /** Unpacks the zip unless a finished unpack is there; true if it unpacked. */
    boolean unpackIfNeeded() throws IOException {
        Path target = layout.distribution();
        if (Files.isRegularFile(target.resolve(UNPACKED_MARKER))) {
            return false;
        }
        LocalDisk.requireFreeSpace(layout.home(), MIN_FREE_MB_TO_UNPACK);
        LocalFiles.deleteRecursively(target); // a half-finished unpack
        long began = System.nanoTime();
        try (ZipFile entries = new ZipFile(zip.toFile())) {
            unpack(entries, target);
        } catch (IOException e) {
            LocalFiles.deleteRecursively(target);
            throw new IOException("unpacking " + zip + " failed: " + e.getMessage(), e);
        }
        Files.writeString(target.resolve(UNPACKED_MARKER), zip + "\n");
        LOG.log(
                Level.INFO,
                "Unpacked {0} into {1} in {2} ms",
                zip,
                target,
                Long.toString(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)));
        removeOtherVersions(target);
        return true;
    }

    private static void unpack(ZipFile zip, Path target) throws IOException {
        String top = topFolder(zip);
        for (ZipEntry entry : zip.stream().toList()) {
            String name = entry.getName().substring(top.length());
            if (!name.isEmpty()) {
                unpackEntry(zip, entry, name, target);
            }
        }
    }

    private static void unpackEntry(ZipFile zip, ZipEntry entry, String name, Path target) throws IOException {
        Path file = target.resolve(name).normalize();
        if (!file.startsWith(target)) {
            throw new IOException("zip entry outside the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(file);
            return;
        }
        Files.createDirectories(file.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, file);
        }
        // java.util.zip does not expose Unix modes; only scripts and binaries need the x bit.
        if (name.startsWith("bin/") || name.contains("/bin/")) {
            makeExecutable(file);
        }
    }

    /** The single top folder of the distribution zip ("elasticsearch-8.19.21/"), or "" if none. */
    private static String topFolder(ZipFile zip) {
        List<String> tops = zip.stream()
                .map(ZipEntry::getName)
                .map(name -> name.contains("/") ? name.substring(0, name.indexOf('/') + 1) : name)
                .distinct()
                .limit(2)
                .toList();
        return tops.size() == 1 && tops.get(0).endsWith("/") ? tops.get(0) : "";
    }

    /** Other Elasticsearch versions unpacked earlier under home (after an upgrade). */
    private void removeOtherVersions(Path current) throws IOException {
        try (Stream<Path> children = Files.list(layout.home())) {
            for (Path other : children.toList()) {
                if (!other.equals(current)
                        && other.getFileName().toString().startsWith("elasticsearch-")
                        && Files.isRegularFile(other.resolve(UNPACKED_MARKER))) {
                    LocalFiles.deleteRecursively(other);
                }
            }
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setExecutable(true, false);
        }
    }
}
