package org.prawat.query.employee;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.OrganisationUnitNode;
import org.prawat.api.organisation.OrganisationUnitTree;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindOrganisationUnits} from the units the employee profiles keep (name and path,
 * kept current through renames and moves), only those in the caller's scope.
 */
@Component
class OrganisationUnitsLookup {

    /** More units than any one organisation has; a tree of more would be unreadable anyway. */
    static final int MAX_UNITS = 10_000;

    private final ElasticsearchClient client;

    OrganisationUnitsLookup(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    OrganisationUnitTree handle(FindOrganisationUnits query) throws IOException {
        var response = client.search(
                s -> s.index(EmployeeProfiles.UNITS).size(MAX_UNITS).query(Query.of(q -> q.matchAll(m -> m))),
                EmployeeUnit.class);
        var all = response.hits().hits().stream().map(Hit::source).toList();
        var names = new HashMap<String, String>();
        all.forEach(unit -> names.put(unit.unitId(), unit.name()));
        var units = all.stream()
                .filter(unit -> query.scope().covers(unit.unitPath()))
                .map(unit -> new OrganisationUnitNode(
                        new OrganisationUnitId(unit.unitId()),
                        unit.name(),
                        unit.unitPath().stream().map(OrganisationUnitId::new).toList()))
                // Parents before children, siblings by name: sorted by the names along the path.
                .sorted(Comparator.comparing(node -> sortKey(node, names)))
                .toList();
        return new OrganisationUnitTree(units);
    }

    private static String sortKey(OrganisationUnitNode node, Map<String, String> names) {
        return String.join(
                "\u0000",
                node.path().stream()
                        .map(id -> names.getOrDefault(id.value(), id.value()))
                        .toList());
    }
}
