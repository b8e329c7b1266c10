package org.prawat.query.timeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.history.TeamTimelinePage;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindTeamTimeline} from the {@value TimelineStore#ENTRIES} index: entries whose
 * unit path holds the unit (so its whole subtree), narrowed to the caller's scope. A unit outside
 * the scope yields only the part of it the scope covers, often nothing.
 */
@Component
class TeamTimelineSearch {

    static final int MAX_PAGE_SIZE = 100;

    private final ElasticsearchClient client;

    TeamTimelineSearch(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    TeamTimelinePage handle(FindTeamTimeline query) throws IOException {
        int size = Math.min(Math.max(query.size(), 1), MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 0);
        if (!query.scope().coversEverything() && query.scope().units().isEmpty()) {
            return new TeamTimelinePage(List.of(), 0, page, size);
        }
        var response = client.search(
                s -> s.index(TimelineStore.ENTRIES)
                        .query(q -> q.bool(b -> filters(b, query)))
                        .sort(o -> o.field(f -> f.field("businessDate").order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("recordedAt").order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("entryId").order(SortOrder.Desc)))
                        .from(page * size)
                        .size(size)
                        .trackTotalHits(t -> t.enabled(true)),
                TimelineEntryDocument.class);
        var entries = response.hits().hits().stream()
                .map(Hit::source)
                .map(TimelineEntryDocument::toEntry)
                .toList();
        return new TeamTimelinePage(entries, response.hits().total().value(), page, size);
    }

    private static BoolQuery.Builder filters(BoolQuery.Builder bool, FindTeamTimeline query) {
        bool.filter(term("unitPath", query.unitId().value()));
        if (query.from() != null || query.to() != null) {
            bool.filter(q -> q.range(r -> r.date(d -> {
                d.field("businessDate");
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lte(query.to().toString());
                }
                return d;
            })));
        }
        if (!query.kinds().isEmpty()) {
            bool.filter(terms("kind", query.kinds().stream().map(Enum::name).toList()));
        }
        var filters = query.filters();
        if (filters.fiscalYear() != null) {
            bool.filter(q ->
                    q.term(t -> t.field("fiscalYear").value(filters.fiscalYear().value())));
        }
        if (filters.personnelType() != null) {
            bool.filter(term("personnelType", filters.personnelType().name()));
        }
        if (filters.positionLevel() != null && !filters.positionLevel().isBlank()) {
            bool.filter(term("positionLevel", filters.positionLevel().strip()));
        }
        if (filters.evaluationLevel() != null) {
            bool.filter(term("evaluationLevel", filters.evaluationLevel().name()));
        }
        if (!query.scope().coversEverything()) {
            bool.filter(terms(
                    "unitPath",
                    query.scope().units().stream().map(Object::toString).toList()));
        }
        return bool;
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query terms(String field, Collection<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }
}
