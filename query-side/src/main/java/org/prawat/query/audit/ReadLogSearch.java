package org.prawat.query.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.audit.FindReadLog;
import org.prawat.api.audit.ReadKind;
import org.prawat.api.audit.ReadLogEntry;
import org.prawat.api.audit.ReadLogPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers {@link FindReadLog} from the read log table (V8), newest first. */
@Component
class ReadLogSearch {

    static final int MAX_PAGE_SIZE = 200;

    private final JdbcTemplate jdbc;

    ReadLogSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    ReadLogPage handle(FindReadLog query) {
        var where = new StringBuilder(" FROM read_log WHERE true");
        List<Object> arguments = new ArrayList<>();
        if (query.employeeId() != null) {
            where.append(" AND employee_id = ?");
            arguments.add(query.employeeId().value());
        }
        if (query.account() != null && !query.account().isBlank()) {
            where.append(" AND account = ?");
            arguments.add(query.account().strip());
        }
        if (query.from() != null) {
            where.append(" AND read_at >= ?");
            arguments.add(Timestamp.from(query.from()));
        }
        if (query.before() != null) {
            where.append(" AND read_at < ?");
            arguments.add(Timestamp.from(query.before()));
        }
        long total = jdbc.queryForObject("SELECT count(*)" + where, Long.class, arguments.toArray());
        int size = Math.max(1, Math.min(query.size(), MAX_PAGE_SIZE));
        int page = Math.max(0, query.page());
        arguments.add(size);
        arguments.add((long) page * size);
        var entries = jdbc.query(
                "SELECT *" + where + " ORDER BY read_at DESC, id DESC LIMIT ? OFFSET ?",
                (row, index) -> entry(row),
                arguments.toArray());
        return new ReadLogPage(entries, total, page, size);
    }

    private static ReadLogEntry entry(ResultSet row) throws SQLException {
        return new ReadLogEntry(
                row.getLong("id"),
                row.getTimestamp("read_at").toInstant(),
                row.getString("account"),
                row.getString("acting_role"),
                row.getString("channel"),
                ReadKind.valueOf(row.getString("read_kind")),
                row.getString("query_type"),
                row.getString("employee_id"),
                row.getString("search_text"),
                row.getString("query"));
    }
}
