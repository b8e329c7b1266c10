package org.prawat.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.audit.BrokenLink;
import org.prawat.api.audit.ChainBreak;
import org.prawat.api.audit.ChainVerification;
import org.prawat.api.audit.VerifyCaseFile;
import org.prawat.api.audit.VerifyEventStore;
import org.prawat.query.audit.ChainRow.StoredEvent;
import org.prawat.query.audit.ChainRow.StoredLink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers {@link VerifyCaseFile} and {@link VerifyEventStore}: reads each stored event beside its
 * link (V7), both sides of a full join so a removed event and an event stored without a link show
 * up too, and recomputes the chain in {@link EventChain}. The whole store is streamed in one
 * read-only transaction (PostgreSQL only streams with a cursor inside one), never held in memory.
 */
@Component
class EventChainVerification {

    private static final String COLUMNS =
            "SELECT coalesce(e.aggregate_identifier, l.aggregate_identifier) AS aggregate,"
                    + " coalesce(e.sequence_number, l.sequence_number) AS sequence, e.type, e.event_identifier,"
                    + " e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data,"
                    + " l.event_identifier AS linked_event_identifier, l.payload_type AS linked_payload_type,"
                    + " l.time_stamp AS linked_time_stamp, l.payload_sha256, l.meta_data_sha256, l.previous_hash, l.link_hash";

    private static final String ONE_CHAIN = COLUMNS
            + " FROM (SELECT * FROM domain_event_entry WHERE aggregate_identifier = ?) e"
            + " FULL JOIN (SELECT * FROM event_chain_link WHERE aggregate_identifier = ?) l"
            + " ON l.sequence_number = e.sequence_number ORDER BY sequence";

    private static final String EVERY_CHAIN = COLUMNS + " FROM domain_event_entry e FULL JOIN event_chain_link l"
            + " ON l.aggregate_identifier = e.aggregate_identifier AND l.sequence_number = e.sequence_number"
            + " ORDER BY aggregate, sequence";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    EventChainVerification(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(500);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @QueryHandler
    ChainVerification handle(VerifyCaseFile query) {
        String id = query.employeeId().value();
        return verify(walk -> jdbc.query(ONE_CHAIN, walk, id, id));
    }

    @QueryHandler
    ChainVerification handle(VerifyEventStore query) {
        return verify(walk -> jdbc.query(EVERY_CHAIN, walk));
    }

    private ChainVerification verify(Consumer<RowCallbackHandler> read) {
        long started = System.nanoTime();
        var walk = new Walk();
        readOnly.executeWithoutResult(status -> read.accept(walk));
        return new ChainVerification(
                walk.chains, walk.events, Duration.ofNanos(System.nanoTime() - started), walk.broken);
    }

    /** Follows the rows in order, one chain after another, keeping the first break of each. */
    private static final class Walk implements RowCallbackHandler {
        private final List<BrokenLink> broken = new ArrayList<>();
        private String aggregate;
        private String previousHash;
        private boolean chainBroken;
        private long chains;
        private long events;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            var row = row(rs);
            if (!row.aggregateId().equals(aggregate)) {
                aggregate = row.aggregateId();
                previousHash = null;
                chainBroken = false;
                chains++;
            }
            if (row.event() != null) {
                events++;
            }
            if (chainBroken) {
                return;
            }
            var what = EventChain.check(row, previousHash);
            if (what.isPresent()) {
                chainBroken = true;
                broken.add(brokenLink(row, what.get()));
            } else {
                previousHash = row.link().linkHash();
            }
        }
    }

    private static ChainRow row(ResultSet rs) throws SQLException {
        var event = rs.getString("event_identifier") == null
                ? null
                : new StoredEvent(
                        rs.getString("type"),
                        rs.getString("event_identifier"),
                        rs.getString("payload_type"),
                        rs.getString("payload_revision"),
                        rs.getString("time_stamp"),
                        rs.getBytes("payload"),
                        rs.getBytes("meta_data"));
        var link = rs.getString("link_hash") == null
                ? null
                : new StoredLink(
                        rs.getString("linked_event_identifier"),
                        rs.getString("linked_payload_type"),
                        rs.getString("linked_time_stamp"),
                        rs.getString("payload_sha256"),
                        rs.getString("meta_data_sha256"),
                        rs.getString("previous_hash"),
                        rs.getString("link_hash"));
        return new ChainRow(rs.getString("aggregate"), rs.getLong("sequence"), event, link);
    }

    private static BrokenLink brokenLink(ChainRow row, ChainBreak what) {
        String type =
                row.event() != null ? row.event().payloadType() : row.link().payloadType();
        String time = row.event() != null ? row.event().timeStamp() : row.link().timeStamp();
        return new BrokenLink(
                row.aggregateId(),
                row.sequenceNumber(),
                type.substring(type.lastIndexOf('.') + 1),
                row.event() == null ? null : businessDate(type, row.event().payload()),
                instant(time),
                what);
    }

    /** A tampered payload may no longer be JSON: then the date is simply not known. */
    private static LocalDate businessDate(String type, byte[] payload) {
        try {
            return PayloadBusinessDate.of(type, JSON.readTree(payload)).orElse(null);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static Instant instant(String time) {
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
