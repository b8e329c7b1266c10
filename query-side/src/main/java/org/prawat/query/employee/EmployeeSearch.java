package org.prawat.query.employee;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.employee.EmployeeHit;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeSearchResult;
import org.prawat.api.employee.SearchEmployees;
import org.springframework.stereotype.Component;

/** Answers {@link SearchEmployees}: every word must appear in the name, position or unit. */
@Component
class EmployeeSearch {

    static final int MAX_PAGE_SIZE = 100;

    private final ElasticsearchClient client;

    EmployeeSearch(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    EmployeeSearchResult handle(SearchEmployees query) throws IOException {
        int size = Math.min(Math.max(query.size(), 1), MAX_PAGE_SIZE);
        int from = Math.max(query.page(), 0) * size;
        boolean listAll = query.text() == null || query.text().isBlank();
        var response = client.search(
                s -> {
                    s.index(EmployeeProfiles.PROFILES).from(from).size(size).trackTotalHits(t -> t.enabled(true));
                    return listAll
                            ? s.query(Query.of(q -> q.matchAll(m -> m)))
                                    .sort(o -> o.field(f -> f.field("sortName").order(SortOrder.Asc)))
                            : s.query(Query.of(
                                    q -> q.multiMatch(m -> m.query(query.text().strip())
                                            .fields("fullName^3", "position^2", "unitName")
                                            .type(TextQueryType.CrossFields)
                                            .operator(Operator.And))));
                },
                EmployeeDocument.class);
        var hits = response.hits().hits().stream()
                .map(Hit::source)
                .map(EmployeeSearch::toHit)
                .toList();
        return new EmployeeSearchResult(hits, response.hits().total().value());
    }

    static EmployeeHit toHit(EmployeeDocument d) {
        return new EmployeeHit(
                new EmployeeId(d.employeeId()),
                d.nameTitle(),
                d.firstName(),
                d.lastName(),
                d.position(),
                d.unitName(),
                d.nationalIdMasked());
    }
}
