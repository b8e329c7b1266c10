package org.prawat.query.employee;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.employee.EmployeeHit;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeSearchResult;
import org.prawat.api.employee.SearchEmployees;
import org.prawat.api.history.Scope;
import org.springframework.stereotype.Component;

/**
 * Answers {@link SearchEmployees}: every word must appear in the name, position or unit, and the
 * person's unit must lie in the query's scope (an empty scope finds nobody).
 */
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
        if (!query.scope().coversEverything() && query.scope().units().isEmpty()) {
            return new EmployeeSearchResult(List.of(), 0);
        }
        boolean listAll = query.text() == null || query.text().isBlank();
        Query words = listAll
                ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.multiMatch(m -> m.query(query.text().strip())
                        .fields("fullName^3", "position^2", "unitName")
                        .type(TextQueryType.CrossFields)
                        .operator(Operator.And)));
        Query scoped = Query.of(q -> q.bool(b -> {
            b.must(words);
            if (!query.scope().coversEverything()) {
                b.filter(inScope(query.scope()));
            }
            return b;
        }));
        var response = client.search(
                s -> {
                    s.index(EmployeeProfiles.PROFILES)
                            .from(from)
                            .size(size)
                            .trackTotalHits(t -> t.enabled(true))
                            .query(scoped);
                    return listAll
                            ? s.sort(o -> o.field(f -> f.field("sortName").order(SortOrder.Asc)))
                            : s;
                },
                EmployeeDocument.class);
        var hits = response.hits().hits().stream()
                .map(Hit::source)
                .map(EmployeeSearch::toHit)
                .toList();
        return new EmployeeSearchResult(hits, response.hits().total().value());
    }

    /** Profiles whose unit path (the unit and every ancestor) names one of the scope's units. */
    static Query inScope(Scope scope) {
        var units =
                scope.units().stream().map(unit -> FieldValue.of(unit.value())).toList();
        return Query.of(q -> q.terms(t -> t.field("unitPath").terms(v -> v.value(units))));
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
