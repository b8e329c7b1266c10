package org.prawat.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.prawat.api.audit.ChainBreak;
import org.prawat.query.audit.ChainRow.StoredEvent;
import org.prawat.query.audit.ChainRow.StoredLink;

class EventChainTest {

    private static final String CASE_FILE = "8a0c5a4e-31b6-4a59-9a52-5b0b3c1d9e10";
    private static final String TRAINING = "org.prawat.api.training.TrainingRecorded";

    @Test
    void the_hash_of_a_known_link_stays_the_same_as_migration_v7_computes_it() {
        var event = event("e-1", "{\"courseTitle\":\"การอบรมเพื่อเสริมสมรรถนะ\"}", "{\"issuedBy\":\"hr.somsri\"}");
        String hash = EventChain.linkHash(null, CASE_FILE, 0, event, sum(event.payload()), sum(event.metaData()));

        // Computed independently (Python hashlib) from the layout documented in V7__event_hash_chain.sql.
        assertThat(hash).isEqualTo("614535f61941ef5128a59970baf1ae16f99a420daa526c7512f1b869fc4af3b5");
    }

    @Test
    void an_untouched_event_with_its_link_follows_the_chain() {
        var event = event("e-1", "{\"hours\":18}", "{\"issuedBy\":\"hr.somsri\"}");

        assertThat(EventChain.check(
                        new ChainRow(CASE_FILE, 1, event, linkOf(event, 1, "p".repeat(64))), "p".repeat(64)))
                .isEmpty();
    }

    @Test
    void a_changed_payload_is_reported_as_such() {
        var stored = event("e-1", "{\"hours\":18}", "{}");
        var edited = event("e-1", "{\"hours\":81}", "{}");

        assertThat(EventChain.check(new ChainRow(CASE_FILE, 0, edited, linkOf(stored, 0, null)), null))
                .isEqualTo(Optional.of(ChainBreak.PAYLOAD_CHANGED));
    }

    @Test
    void changed_metadata_is_reported_as_such() {
        var stored = event("e-1", "{\"hours\":18}", "{\"issuedBy\":\"hr.somsri\"}");
        var edited = event("e-1", "{\"hours\":18}", "{\"issuedBy\":\"hr.somchai\"}");

        assertThat(EventChain.check(new ChainRow(CASE_FILE, 0, edited, linkOf(stored, 0, null)), null))
                .isEqualTo(Optional.of(ChainBreak.METADATA_CHANGED));
    }

    @Test
    void a_changed_record_time_is_reported_as_a_changed_identity() {
        var stored = event("e-1", "{}", "{}");
        var edited = new StoredEvent(
                "Employee", "e-1", TRAINING, "1", "2020-01-01T00:00:00Z", stored.payload(), stored.metaData());

        assertThat(EventChain.check(new ChainRow(CASE_FILE, 0, edited, linkOf(stored, 0, null)), null))
                .isEqualTo(Optional.of(ChainBreak.IDENTITY_CHANGED));
    }

    @Test
    void a_removed_event_a_missing_link_a_moved_event_and_a_relinked_chain_are_each_named() {
        var event = event("e-2", "{}", "{}");
        var other = event("e-3", "{}", "{}");

        assertThat(EventChain.check(new ChainRow(CASE_FILE, 1, null, linkOf(event, 1, null)), null))
                .contains(ChainBreak.EVENT_MISSING);
        assertThat(EventChain.check(new ChainRow(CASE_FILE, 1, event, null), null))
                .contains(ChainBreak.LINK_MISSING);
        assertThat(EventChain.check(new ChainRow(CASE_FILE, 1, other, linkOf(event, 1, null)), null))
                .contains(ChainBreak.EVENT_REORDERED);
        assertThat(EventChain.check(new ChainRow(CASE_FILE, 1, event, linkOf(event, 1, null)), "a".repeat(64)))
                .contains(ChainBreak.CHAIN_BROKEN);
    }

    private static StoredEvent event(String id, String payload, String metaData) {
        return new StoredEvent(
                "Employee",
                id,
                TRAINING,
                "1",
                "2026-11-20T03:15:00.123Z",
                payload.getBytes(StandardCharsets.UTF_8),
                metaData.getBytes(StandardCharsets.UTF_8));
    }

    private static StoredLink linkOf(StoredEvent event, long sequence, String previous) {
        String payloadSum = sum(event.payload());
        String metaSum = sum(event.metaData());
        return new StoredLink(
                event.eventIdentifier(),
                event.payloadType(),
                event.timeStamp(),
                payloadSum,
                metaSum,
                previous,
                EventChain.linkHash(previous, CASE_FILE, sequence, event, payloadSum, metaSum));
    }

    private static String sum(byte[] bytes) {
        return EventChain.sha256(bytes);
    }
}
