package org.prawat.bench.run;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the event store holds, read with plain SQL: the runner counts rows, never trusts its own tally. */
final class EventRows {

    /** The stored columns of an event that give a row its size, copied into the raw inserts. */
    record Shape(
            String type,
            String payloadType,
            String payloadRevision,
            byte[] payload,
            byte[] metaData,
            String timeStamp) {}

    /** An aggregate's events as stored, for the as-at query's raw limit. */
    record Stream(String aggregateId, long events) {}

    private final JdbcTemplate jdbc;

    EventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    /** The newest {@code limit} events: the shapes the raw inserts copy. */
    List<Shape> newest(int limit) {
        return jdbc.query(
                "SELECT type, payload_type, payload_revision, payload, meta_data, time_stamp FROM domain_event_entry"
                        + " ORDER BY global_index DESC LIMIT ?",
                (rs, i) -> new Shape(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBytes(4),
                        rs.getBytes(5),
                        rs.getString(6)),
                limit);
    }

    /** The employee whose case file holds the most events (the generator's ~500-event career). */
    Optional<Stream> longestCaseFile() {
        return jdbc
                .query(
                        "SELECT aggregate_identifier, count(*) FROM domain_event_entry WHERE type = 'Employee'"
                                + " GROUP BY aggregate_identifier ORDER BY count(*) DESC LIMIT 1",
                        (rs, i) -> new Stream(rs.getString(1), rs.getLong(2)))
                .stream()
                .findFirst();
    }

    /** Every event of one aggregate, read as the event store reads them: the as-at query's floor. */
    int readStream(String aggregateId) {
        return jdbc.query(
                        "SELECT global_index, type, payload_type, payload_revision, payload, meta_data, time_stamp,"
                                + " event_identifier, sequence_number FROM domain_event_entry"
                                + " WHERE aggregate_identifier = ? ORDER BY sequence_number",
                        (rs, i) -> rs.getBytes(5).length,
                        aggregateId)
                .size();
    }

    String setting(String name) {
        return jdbc.queryForObject("SELECT current_setting(?)", String.class, name);
    }
}
