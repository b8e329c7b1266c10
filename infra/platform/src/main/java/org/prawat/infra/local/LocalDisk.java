package org.prawat.infra.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks free disk space before unpacking or initialising, so a full disk gets a plain message. */
final class LocalDisk {

    private LocalDisk() {}

    static void requireFreeSpace(Path directory, long megabytes) {
        try {
            Path existing = Files.createDirectories(directory);
            long free = Files.getFileStore(existing).getUsableSpace() / (1024 * 1024);
            if (free < megabytes) {
                throw new LocalServiceException(
                        "Not enough disk space for the local services: " + free + " MB free under "
                                + directory + ", at least " + megabytes + " MB needed. Free some space or point "
                                + "prawat.data-dir (PRAWAT_DATA_DIR) at a larger disk.");
            }
        } catch (IOException e) {
            throw new LocalServiceException("Cannot create " + directory + ": " + e.getMessage(), e);
        }
    }
}
