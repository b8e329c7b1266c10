package org.prawat.query.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.audit.CaseFileEvent;
import org.prawat.api.audit.FindCaseFileEvents;
import org.prawat.api.history.Scope;
import org.prawat.query.projection.ElasticsearchDocuments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindCaseFileEvents} from the event store's table: the payload bytes as written
 * (the {@code event_journal} view's jsonb would reorder the fields), the metadata for who and why.
 * Whether the caller may see the case file is decided on the employee's unit in the timeline.
 */
@Component
class CaseFileEventStream {

    /** The timeline's people alias (kept by the timeline projection): the unit path of each case file. */
    static final String PEOPLE = "timeline-people";

    private static final String EVENTS = "SELECT sequence_number, payload_type, payload_revision, time_stamp,"
            + " convert_from(payload, 'UTF8') AS payload,"
            + " convert_from(meta_data, 'UTF8')::jsonb ->> ? AS issued_by,"
            + " convert_from(meta_data, 'UTF8')::jsonb ->> ? AS reason,"
            + " convert_from(meta_data, 'UTF8')::jsonb ->> ? AS correlation_id"
            + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number";

    // Numbers are kept as written ("12.50" stays "12.50"), not turned into doubles.
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final JdbcTemplate jdbc;
    private final ElasticsearchClient client;

    CaseFileEventStream(JdbcTemplate jdbc, ElasticsearchClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    @QueryHandler
    List<CaseFileEvent> handle(FindCaseFileEvents query) {
        String employeeId = query.employeeId().value();
        if (!visible(employeeId, query.scope())) {
            return List.of();
        }
        return jdbc.query(
                EVENTS,
                (row, index) -> event(row),
                MetaDataKeys.ISSUED_BY,
                MetaDataKeys.REASON,
                MetaDataKeys.CORRELATION_ID,
                employeeId);
    }

    private boolean visible(String employeeId, Scope scope) {
        // Everything is visible even before the timeline has seen a new case file.
        return scope.coversEverything()
                || new ElasticsearchDocuments(client, PEOPLE)
                        .get(employeeId, AuditedPerson.class)
                        .filter(person -> person.unitPath() != null && scope.covers(person.unitPath()))
                        .isPresent();
    }

    private static CaseFileEvent event(ResultSet row) throws SQLException {
        String type = row.getString("payload_type");
        JsonNode payload = parse(row.getString("payload"));
        return new CaseFileEvent(
                row.getLong("sequence_number"),
                type.substring(type.lastIndexOf('.') + 1),
                row.getString("payload_revision"),
                PayloadBusinessDate.of(type, payload).orElse(null),
                Instant.parse(row.getString("time_stamp")),
                row.getString("issued_by"),
                row.getString("reason"),
                row.getString("correlation_id"),
                pretty(payload));
    }

    private static JsonNode parse(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored payload is not JSON", e);
        }
    }

    private static String pretty(JsonNode payload) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
