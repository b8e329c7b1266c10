package org.prawat.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexVersionsTest {

    @Test
    void the_first_version_of_an_alias_with_no_indices_is_v1() {
        assertThat(IndexVersions.next("timeline", List.of())).isEqualTo("timeline-v1");
    }

    @Test
    void the_next_version_is_one_above_the_version_in_use() {
        assertThat(IndexVersions.next("timeline", List.of("timeline-v1"))).isEqualTo("timeline-v2");
    }

    @Test
    void a_leftover_of_an_interrupted_rebuild_is_never_reused() {
        assertThat(IndexVersions.next("timeline", List.of("timeline-v2", "timeline-v3")))
                .isEqualTo("timeline-v4");
    }

    @Test
    void versions_compare_as_numbers_not_as_text() {
        assertThat(IndexVersions.next("timeline", List.of("timeline-v9", "timeline-v10")))
                .isEqualTo("timeline-v11");
    }

    @Test
    void another_alias_sharing_the_prefix_does_not_count() {
        assertThat(IndexVersions.next("timeline", List.of("timeline-v2", "timeline-people-v7")))
                .isEqualTo("timeline-v3");
        assertThat(IndexVersions.versionOf("timeline", "timeline-people-v7")).isEmpty();
    }

    @Test
    void a_concrete_index_under_the_alias_name_is_no_version() {
        assertThat(IndexVersions.versionOf("timeline", "timeline")).isEmpty();
        assertThat(IndexVersions.versionOf("timeline", "timeline-v12")).hasValue(12);
    }
}
