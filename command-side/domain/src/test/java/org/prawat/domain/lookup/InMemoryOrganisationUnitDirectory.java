package org.prawat.domain.lookup;

import java.util.HashMap;
import java.util.Map;
import org.prawat.api.organisation.OrganisationUnitAlreadyExists;
import org.prawat.api.organisation.OrganisationUnitId;

/** Stands in for the PostgreSQL lookup in fixture tests; the real one is exercised by ui's OrganisationTreeIT. */
public class InMemoryOrganisationUnitDirectory implements OrganisationUnitDirectory {

    /** Each unit's current parent; null for a ministry. */
    private final Map<OrganisationUnitId, OrganisationUnitId> parents = new HashMap<>();

    @Override
    public boolean exists(OrganisationUnitId unitId) {
        return parents.containsKey(unitId);
    }

    @Override
    public void register(OrganisationUnitId unitId, OrganisationUnitId parentId) {
        if (exists(unitId)) {
            throw new OrganisationUnitAlreadyExists(unitId);
        }
        parents.put(unitId, parentId);
    }

    @Override
    public boolean isAncestorOrSelf(OrganisationUnitId candidate, OrganisationUnitId unit) {
        for (var current = unit; current != null; current = parents.get(current)) {
            if (current.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void move(OrganisationUnitId unitId, OrganisationUnitId newParentId) {
        parents.put(unitId, newParentId);
    }

    public OrganisationUnitId parentOf(OrganisationUnitId unitId) {
        return parents.get(unitId);
    }
}
