package org.prawat.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentAggregatesTest {

    @Test
    void keeps_the_most_recently_used_case_files_up_to_its_capacity() {
        var cache = new RecentAggregates(2);
        cache.put("a", "case file a");
        cache.put("b", "case file b");
        assertThat((Object) cache.get("a")).isEqualTo("case file a"); // a is now the most recent

        cache.put("c", "case file c");

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).as("least recently used, evicted").isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void forgets_what_a_rolled_back_command_loaded() {
        var cache = new RecentAggregates(10);
        cache.put("a", "case file a");

        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        assertThat((Object) cache.get("a")).isNull();
    }

    @Test
    void put_if_absent_keeps_the_first() {
        var cache = new RecentAggregates(10);

        assertThat(cache.putIfAbsent("a", "first")).isTrue();
        assertThat(cache.putIfAbsent("a", "second")).isFalse();
        assertThat((Object) cache.get("a")).isEqualTo("first");
    }
}
