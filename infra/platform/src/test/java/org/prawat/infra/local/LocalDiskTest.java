package org.prawat.infra.local;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskTest {

    @TempDir
    Path directory;

    @Test
    void too_little_free_space_says_how_much_is_free_and_needed() {
        long moreThanAnyDisk = Long.MAX_VALUE / (1024 * 1024);

        assertThatThrownBy(() -> LocalDisk.requireFreeSpace(directory, moreThanAnyDisk))
                .isInstanceOf(LocalServiceException.class)
                .hasMessageContaining("Not enough disk space")
                .hasMessageContaining(moreThanAnyDisk + " MB needed")
                .hasMessageContaining("prawat.data-dir");
    }

    @Test
    void enough_free_space_passes() {
        assertThatCode(() -> LocalDisk.requireFreeSpace(directory, 1)).doesNotThrowAnyException();
    }
}
