package org.prawat.query.audit;

import java.util.Map;
import java.util.Optional;
import org.prawat.api.audit.FindCaseFileEvents;
import org.prawat.api.audit.ReadKind;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.FindEmployeesByIdentifiers;
import org.prawat.api.employee.SearchEmployees;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.FindCaseHistoryAsAt;
import org.prawat.api.history.FindCaseHistoryAsOf;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.knowledge.FindPeopleWhoKnow;
import org.prawat.api.knowledge.SearchKnowledge;
import org.prawat.api.search.SearchEverything;

/**
 * Which queries the read log records, and what it notes of each: the case file a query opens, or
 * the text it searches for. A new query that reads personal data belongs in {@link #KINDS}.
 */
record LoggedRead(ReadKind kind, String employeeId, String searchText) {

    private static final Map<Class<?>, ReadKind> KINDS = Map.of(
            FindCaseHistory.class, ReadKind.CASE_FILE,
            FindCaseHistoryAsAt.class, ReadKind.CASE_FILE,
            FindCaseHistoryAsOf.class, ReadKind.CASE_FILE,
            FindCaseFileEvents.class, ReadKind.CASE_FILE,
            SearchEverything.class, ReadKind.SEARCH,
            SearchEmployees.class, ReadKind.SEARCH,
            SearchKnowledge.class, ReadKind.SEARCH,
            FindPeopleWhoKnow.class, ReadKind.SEARCH,
            FindEmployeesByIdentifiers.class, ReadKind.SEARCH,
            FindTeamTimeline.class, ReadKind.SEARCH);

    /** What to record of {@code query}; empty when it is not a read the log keeps. */
    static Optional<LoggedRead> of(Object query, boolean export) {
        var kind = KINDS.get(query.getClass());
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new LoggedRead(export ? ReadKind.EXPORT : kind, employeeId(query), searchText(query)));
    }

    private static String employeeId(Object query) {
        EmployeeId id = null;
        if (query instanceof FindCaseHistory q) {
            id = q.employeeId();
        } else if (query instanceof FindCaseHistoryAsAt q) {
            id = q.employeeId();
        } else if (query instanceof FindCaseHistoryAsOf q) {
            id = q.employeeId();
        } else if (query instanceof FindCaseFileEvents q) {
            id = q.employeeId();
        }
        return id == null ? null : id.value();
    }

    private static String searchText(Object query) {
        if (query instanceof SearchEverything q) {
            return q.text();
        } else if (query instanceof SearchEmployees q) {
            return q.text();
        } else if (query instanceof SearchKnowledge q) {
            return q.text();
        } else if (query instanceof FindPeopleWhoKnow q) {
            return q.topic();
        } else if (query instanceof FindEmployeesByIdentifiers q) {
            return String.join(", ", q.identifiers());
        } else if (query instanceof FindTeamTimeline q) {
            return q.unitId().value();
        }
        return null;
    }
}
