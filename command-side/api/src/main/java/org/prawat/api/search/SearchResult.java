package org.prawat.api.search;

import java.util.List;
import java.util.Map;

/**
 * One page of {@link SearchEverything}'s hits, how many there are in all, and for each
 * {@link SearchFacet} how many of them hold each value (e.g. {@code FISCAL_YEAR → {"2568": 3}}),
 * counted over every hit, not only this page.
 */
public record SearchResult(List<SearchHit> hits, long total, Map<SearchFacet, Map<String, Long>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** How many hits hold {@code value} of {@code facet}; 0 when none does. */
    public long count(SearchFacet facet, String value) {
        return facets.getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
    }
}
