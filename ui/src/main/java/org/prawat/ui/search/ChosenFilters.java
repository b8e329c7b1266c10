package org.prawat.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.search.SearchFacet;
import org.prawat.api.search.SearchFilters;

/**
 * The facet values the user has clicked: several kinds at once, one value of every other facet
 * (clicking another value of it replaces the first), each removable again.
 */
final class ChosenFilters {

    private final Set<String> kinds = new LinkedHashSet<>();
    private final Map<SearchFacet, String> single = new java.util.EnumMap<>(SearchFacet.class);

    boolean has(SearchFacet facet, String value) {
        return facet == SearchFacet.KIND ? kinds.contains(value) : value.equals(single.get(facet));
    }

    void toggle(SearchFacet facet, String value) {
        if (facet == SearchFacet.KIND) {
            if (!kinds.remove(value)) {
                kinds.add(value);
            }
        } else if (has(facet, value)) {
            single.remove(facet);
        } else {
            single.put(facet, value);
        }
    }

    /** Every chosen value, kinds first, in the order they were chosen. */
    List<Map.Entry<SearchFacet, String>> all() {
        var all = new ArrayList<Map.Entry<SearchFacet, String>>();
        kinds.forEach(kind -> all.add(Map.entry(SearchFacet.KIND, kind)));
        all.addAll(single.entrySet());
        return all;
    }

    SearchFilters toFilters() {
        String year = single.get(SearchFacet.FISCAL_YEAR);
        String type = single.get(SearchFacet.PERSONNEL_TYPE);
        String level = single.get(SearchFacet.EVALUATION_LEVEL);
        return new SearchFilters(
                null,
                kinds,
                year == null ? null : new FiscalYear(Integer.parseInt(year)),
                type == null ? null : PersonnelType.valueOf(type),
                single.get(SearchFacet.POSITION_LEVEL),
                level == null ? null : EvaluationLevel.valueOf(level),
                null,
                null);
    }
}
