package org.prawat.query.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.audit.FindOpenCorrectionRequests;
import org.prawat.api.audit.OpenCorrectionRequest;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TimelineEntryKind;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindOpenCorrectionRequests} from the timeline's request entries in the caller's
 * scope. A decided request carries "decision" in its details, which are not indexed, so the open
 * ones are picked here; requests are few next to other records, so one page of them suffices.
 */
@Component
class OpenCorrectionRequestSearch {

    /** The timeline entries' alias (kept by the timeline projection). */
    static final String ENTRIES = "timeline";

    static final int MAX_REQUESTS = 1_000;

    private final ElasticsearchClient client;

    OpenCorrectionRequestSearch(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    List<OpenCorrectionRequest> handle(FindOpenCorrectionRequests query) throws IOException {
        Scope scope = query.scope();
        if (!scope.coversEverything() && scope.units().isEmpty()) {
            return List.of();
        }
        var response = client.search(
                s -> s.index(ENTRIES)
                        .query(q -> q.bool(b -> filters(b, scope)))
                        .sort(o -> o.field(f -> f.field("businessDate").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("recordedAt").order(SortOrder.Asc)))
                        .size(MAX_REQUESTS),
                RequestEntry.class);
        return response.hits().hits().stream()
                .map(Hit::source)
                .filter(entry -> !entry.details().containsKey("decision"))
                .map(OpenCorrectionRequestSearch::request)
                .toList();
    }

    private static BoolQuery.Builder filters(BoolQuery.Builder bool, Scope scope) {
        bool.filter(Query.of(q -> q.term(t -> t.field("kind").value(TimelineEntryKind.CORRECTION_REQUEST.name()))));
        if (!scope.coversEverything()) {
            var units = scope.units().stream()
                    .map(unit -> co.elastic.clients.elasticsearch._types.FieldValue.of(unit.value()))
                    .toList();
            bool.filter(Query.of(q -> q.terms(t -> t.field("unitPath").terms(v -> v.value(units)))));
        }
        return bool;
    }

    private static OpenCorrectionRequest request(RequestEntry entry) {
        Map<String, String> details = entry.details();
        String kind = details.get("recordKind");
        return new OpenCorrectionRequest(
                new CorrectionRequestId(entry.entryId()),
                new EmployeeId(entry.employeeId()),
                entry.employeeName(),
                details.get("recordId"),
                kind == null ? null : RecordKind.valueOf(kind),
                details.get("description"),
                details.get("evidenceReference"),
                entry.businessDate());
    }
}
