package org.prawat.query.search;

import co.elastic.clients.elasticsearch._types.FieldSort;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.search.SearchFacet;
import org.prawat.api.search.SearchFilters;
import org.prawat.api.search.SearchLimits;
import org.prawat.api.search.SearchOrder;

/**
 * {@link SearchEverything} as one Elasticsearch request over the profiles, the timeline and
 * knowledge. The indices share field names (unitPath, kind, fiscalYear, businessDate…), so one
 * filter narrows each; a field an index lacks simply matches nothing there, and an alias that does
 * not exist (knowledge, before its read model is deployed) is skipped.
 */
final class EverythingQuery {

    static final List<String> INDICES = List.of("employees", "timeline", "knowledge");
    static final String KNOWLEDGE_INDEX_PREFIX = "knowledge-v";
    static final List<String> TEXT_FIELDS =
            List.of("title", "fullName", "text", "position", "unitName", "employeeName", "authorName");
    static final Map<SearchFacet, String> FACET_FIELDS = Map.of(
            SearchFacet.KIND, "kind",
            SearchFacet.FISCAL_YEAR, "fiscalYear",
            SearchFacet.PERSONNEL_TYPE, "personnelType",
            SearchFacet.POSITION_LEVEL, "positionLevel",
            SearchFacet.EVALUATION_LEVEL, "evaluationLevel");
    private static final List<String> BOOSTED =
            List.of("title^3", "fullName^3", "text", "position", "unitName", "employeeName", "authorName");
    private static final int FACET_SIZE = 50;
    private static final int SNIPPET_LENGTH = 160;

    private EverythingQuery() {}

    static int size(SearchEverything query) {
        return Math.min(Math.max(query.size(), 1), SearchLimits.MAX_PAGE_SIZE);
    }

    static int page(SearchEverything query) {
        return Math.max(query.page(), 0);
    }

    static SearchRequest request(SearchEverything query) {
        int size = size(query);
        return SearchRequest.of(s -> {
            s.index(INDICES)
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .query(q -> q.bool(b -> filtered(words(b, query.text()), query)))
                    .from(page(query) * size)
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .trackScores(true)
                    .highlight(h -> {
                        h.preTags("<mark>")
                                .postTags("</mark>")
                                .numberOfFragments(1)
                                .fragmentSize(SNIPPET_LENGTH);
                        TEXT_FIELDS.forEach(field -> h.fields(field, f -> f));
                        return h;
                    });
            FACET_FIELDS.forEach((facet, field) -> s.aggregations(
                    facet.name(), a -> a.terms(t -> t.field(field).size(FACET_SIZE))));
            if (query.order() == SearchOrder.DATE) {
                s.sort(o -> o.field(byDate())).sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            } else {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc))).sort(o -> o.field(byDate()));
            }
            return s;
        });
    }

    /** Every whitespace-separated word must match as a phrase, so a compound is not split into its parts. */
    private static BoolQuery.Builder words(BoolQuery.Builder bool, String text) {
        if (text == null || text.isBlank()) {
            return bool.must(q -> q.matchAll(m -> m));
        }
        Arrays.stream(text.strip().split("\\s+"))
                .limit(SearchLimits.MAX_WORDS)
                .forEach(word -> bool.must(q -> q.multiMatch(m ->
                        m.query(word).type(TextQueryType.Phrase).fields(BOOSTED).lenient(true))));
        return bool;
    }

    private static BoolQuery.Builder filtered(BoolQuery.Builder bool, SearchEverything query) {
        SearchFilters f = query.filters();
        if (f.unit() != null) {
            bool.filter(term("unitPath", f.unit().value()));
        }
        if (!f.kinds().isEmpty()) {
            bool.filter(terms("kind", f.kinds()));
        }
        if (f.fiscalYear() != null) {
            bool.filter(term("fiscalYear", f.fiscalYear().toString()));
        }
        if (f.personnelType() != null) {
            bool.filter(term("personnelType", f.personnelType().name()));
        }
        if (f.positionLevel() != null && !f.positionLevel().isBlank()) {
            bool.filter(term("positionLevel", f.positionLevel().strip()));
        }
        if (f.evaluationLevel() != null) {
            bool.filter(term("evaluationLevel", f.evaluationLevel().name()));
        }
        if (f.from() != null || f.to() != null) {
            bool.filter(q -> q.range(r -> r.date(d -> {
                d.field("businessDate");
                if (f.from() != null) {
                    d.gte(f.from().toString());
                }
                if (f.to() != null) {
                    d.lte(f.to().toString());
                }
                return d;
            })));
        }
        if (!query.scope().coversEverything()) {
            bool.filter(
                    inScope(query.scope().units().stream().map(Object::toString).toList()));
        }
        return bool;
    }

    /**
     * Profiles and entries whose unit path meets the scope; knowledge carries no unit, so it is
     * open to every caller (it is published for the whole organisation to learn from).
     */
    private static Query inScope(List<String> unitIds) {
        return Query.of(q -> q.bool(b -> b.should(terms("unitPath", unitIds))
                .should(s -> s.bool(
                        k -> k.filter(i -> i.prefix(p -> p.field("_index").value(KNOWLEDGE_INDEX_PREFIX)))
                                .mustNot(m -> m.exists(e -> e.field("unitPath")))))
                .minimumShouldMatch("1")));
    }

    /** Latest business date first; hits without one (people, and any index lacking the field) last. */
    private static FieldSort byDate() {
        return FieldSort.of(f -> f.field("businessDate")
                .order(SortOrder.Desc)
                .unmappedType(FieldType.Date)
                .missing("_last"));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query terms(String field, Collection<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }
}
