package org.prawat.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reads served from what is known, so that only what is not known reaches the index. */
class CachedDocumentsTest {

    private final CountingDocuments index = new CountingDocuments();
    private final DocumentCache cache = new DocumentCache(100);

    @Test
    void a_committed_batchs_documents_are_served_to_the_next_batch_without_asking_the_index() {
        var first = new CachedDocuments(index, cache, null);
        first.put("ทะเบียน-1", "นางสาวพิมพ์ชนก ศรีสุข");
        first.flush();
        first.committed();

        var next = new CachedDocuments(index, cache, null);

        assertThat(next.get("ทะเบียน-1", String.class)).contains("นางสาวพิมพ์ชนก ศรีสุข");
        assertThat(index.reads).isEmpty();
    }

    @Test
    void in_a_rebuild_a_document_found_missing_is_not_asked_for_again() {
        var written = new WrittenIds(1_000);
        written.add("ไม่มี"); // the filter may say "perhaps" for any id: then the index is asked once

        assertThat(new CachedDocuments(index, cache, written).get("ไม่มี", String.class))
                .isEmpty();
        assertThat(new CachedDocuments(index, cache, written).get("ไม่มี", String.class))
                .isEmpty();
        assertThat(index.reads).containsExactly("ไม่มี");
    }

    @Test
    void live_what_was_only_read_is_asked_again_since_another_processor_may_be_reading_it_too() {
        index.stored.put("หน่วย-1", "กองการเจ้าหน้าที่");

        assertThat(new CachedDocuments(index, cache, null).get("หน่วย-1", String.class))
                .contains("กองการเจ้าหน้าที่");
        assertThat(new CachedDocuments(index, cache, null).get("หน่วย-1", String.class))
                .contains("กองการเจ้าหน้าที่");
        assertThat(index.reads).containsExactly("หน่วย-1", "หน่วย-1");
    }

    @Test
    void writes_of_a_batch_that_did_not_commit_never_reach_the_cache() {
        index.stored.put("ทะเบียน-2", "ก่อน");
        var failed = new CachedDocuments(index, cache, null);
        failed.put("ทะเบียน-2", "หลัง");

        assertThat(new CachedDocuments(index, cache, null).get("ทะเบียน-2", String.class))
                .contains("ก่อน");
    }

    @Test
    void an_id_a_fresh_index_never_had_written_is_missing_without_asking_it() {
        var written = new WrittenIds(1_000);
        var rebuild = new CachedDocuments(index, new DocumentCache(1), written);
        rebuild.put("อบรม-1", "หลักสูตรนักบริหารงานท้องถิ่น");
        rebuild.put("อบรม-2", "การจัดทำแผนพัฒนาท้องถิ่น");
        rebuild.flush();
        rebuild.committed();

        assertThat(rebuild.get("อบรม-3", String.class)).isEmpty();
        assertThat(rebuild.getAll(List.of("อบรม-1", "อบรม-3", "อบรม-2"), String.class))
                .containsExactly(
                        Map.entry("อบรม-1", "หลักสูตรนักบริหารงานท้องถิ่น"),
                        Map.entry("อบรม-2", "การจัดทำแผนพัฒนาท้องถิ่น"));
        assertThat(index.reads).doesNotContain("อบรม-3");
    }

    @Test
    void written_ids_forget_none_of_many() {
        var written = new WrittenIds(50_000);
        for (int i = 0; i < 50_000; i++) {
            written.add("entry-" + i);
        }
        int falsePositives = 0;
        for (int i = 0; i < 50_000; i++) {
            assertThat(written.mayContain("entry-" + i)).isTrue();
            if (written.mayContain("other-" + i)) {
                falsePositives++;
            }
        }
        assertThat(falsePositives).isLessThan(1_500);
    }

    @Test
    void the_cache_keeps_only_the_most_recently_used_documents() {
        var small = new DocumentCache(2);
        small.remember("ก", "1");
        small.remember("ข", "2");
        small.document("ก");
        small.remember("ค", "3");

        assertThat(small.knows("ก")).isTrue();
        assertThat(small.knows("ข")).isFalse();
        assertThat(small.size()).isEqualTo(2);
    }

    /** An index in memory that notes every id asked of it. */
    private static final class CountingDocuments implements Documents {

        final InMemoryDocuments stored = new InMemoryDocuments();
        final Map<String, Object> pending = new HashMap<>();
        final List<String> reads = new ArrayList<>();

        @Override
        public <T> Optional<T> get(String id, Class<T> type) {
            reads.add(id);
            return stored.get(id, type);
        }

        @Override
        public <T> Map<String, T> getAll(Collection<String> ids, Class<T> type) {
            reads.addAll(ids);
            return stored.getAll(ids, type);
        }

        @Override
        public void put(String id, Object document) {
            pending.put(id, document);
        }

        @Override
        public List<String> idsWhere(String field, String value) {
            return stored.idsWhere(field, value);
        }

        @Override
        public void flush() {
            pending.forEach(stored::put);
            pending.clear();
        }
    }
}
