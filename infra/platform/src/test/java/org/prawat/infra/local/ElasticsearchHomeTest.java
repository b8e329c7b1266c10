package org.prawat.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchHomeTest {

    @TempDir
    Path temp;

    @Test
    void a_data_dir_others_can_traverse_keeps_elasticsearch_inside_it() throws Exception {
        Path open = Files.createDirectories(temp.resolve("open"));
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        assumeTrue(ElasticsearchHome.traversableByOthers(open), "the machine's temp directory itself is private");

        assertThat(ElasticsearchHome.under(open)).isEqualTo(open.resolve("elasticsearch"));
    }

    @Test
    void as_root_a_private_data_dir_moves_elasticsearch_to_a_recorded_shared_place() throws Exception {
        assumeTrue(LocalProcesses.isRoot(), "only root hands Elasticsearch to another account");
        Path data = Files.createDirectories(temp.resolve("private").resolve(".data"));
        Files.setPosixFilePermissions(temp.resolve("private"), PosixFilePermissions.fromString("rwx------"));

        Path home = ElasticsearchHome.under(data);

        assertThat(home.toString()).startsWith(ElasticsearchHome.SHARED_ROOT);
        assertThat(ElasticsearchHome.under(data))
                .as("the same place on every start")
                .isEqualTo(home);
        assertThat(Files.readString(data.resolve(ElasticsearchHome.MARKER))).contains(home.toString());
    }

    @Test
    void deleting_the_data_dir_resets_and_later_removes_the_shared_place() throws Exception {
        assumeTrue(LocalProcesses.isRoot(), "only root hands Elasticsearch to another account");
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rwx------"));
        Path home = ElasticsearchHome.under(project.resolve(".data"));
        Files.writeString(home.resolve("old-index"), "data of the first life");

        LocalFiles.deleteRecursively(project.resolve(".data"));
        assertThat(ElasticsearchHome.under(project.resolve(".data")))
                .isEqualTo(home)
                .satisfies(h -> assertThat(h.resolve("old-index")).doesNotExist());

        LocalFiles.deleteRecursively(project);
        ElasticsearchHome.under(Files.createDirectories(temp.resolve("other").resolve(".data")));
        assertThat(home).as("abandoned by its project").doesNotExist();
    }
}
