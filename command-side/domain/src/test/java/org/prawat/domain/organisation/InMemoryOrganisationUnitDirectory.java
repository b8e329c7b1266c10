package org.prawat.domain.organisation;

import java.util.HashSet;
import java.util.Set;
import org.prawat.api.organisation.OrganisationUnitAlreadyExists;
import org.prawat.api.organisation.OrganisationUnitId;

/** Stands in for the PostgreSQL lookup, which its own integration test covers. */
public class InMemoryOrganisationUnitDirectory implements OrganisationUnitDirectory {

    private final Set<OrganisationUnitId> units = new HashSet<>();

    @Override
    public boolean exists(OrganisationUnitId unitId) {
        return units.contains(unitId);
    }

    @Override
    public void register(OrganisationUnitId unitId, OrganisationUnitId parentId) {
        if (!units.add(unitId)) {
            throw new OrganisationUnitAlreadyExists(unitId);
        }
    }
}
