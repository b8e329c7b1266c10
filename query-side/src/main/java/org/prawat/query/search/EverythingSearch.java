package org.prawat.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.search.SearchFacet;
import org.prawat.api.search.SearchResult;
import org.springframework.stereotype.Component;

/** Answers {@link SearchEverything}; a caller whose scope names no unit sees nothing. */
@Component
class EverythingSearch {

    private final ElasticsearchClient client;

    EverythingSearch(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    SearchResult handle(SearchEverything query) throws IOException {
        if (!query.scope().coversEverything() && query.scope().units().isEmpty()) {
            return new SearchResult(List.of(), 0, Map.of());
        }
        SearchResponse<ObjectNode> response = client.search(EverythingQuery.request(query), ObjectNode.class);
        var hits = response.hits().hits().stream().map(SearchHits::of).toList();
        long total = response.hits().total() == null
                ? hits.size()
                : response.hits().total().value();
        return new SearchResult(hits, total, facets(response.aggregations()));
    }

    private static Map<SearchFacet, Map<String, Long>> facets(Map<String, Aggregate> aggregations) {
        var facets = new EnumMap<SearchFacet, Map<String, Long>>(SearchFacet.class);
        for (var facet : SearchFacet.values()) {
            facets.put(facet, counts(aggregations.get(facet.name())));
        }
        return facets;
    }

    /** Buckets of a terms aggregation, keyword or numeric (fiscal years); none for an unmapped field. */
    private static Map<String, Long> counts(Aggregate aggregate) {
        var counts = new LinkedHashMap<String, Long>();
        if (aggregate == null) {
            return counts;
        }
        if (aggregate.isSterms()) {
            aggregate.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        } else if (aggregate.isLterms()) {
            aggregate.lterms().buckets().array().forEach(b -> counts.put(String.valueOf(b.key()), b.docCount()));
        } else if (aggregate.isDterms()) {
            aggregate.dterms().buckets().array().forEach(b -> counts.put(String.valueOf((long) b.key()), b.docCount()));
        }
        return counts;
    }
}
