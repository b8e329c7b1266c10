package org.prawat.api.organisation;

import java.util.List;

/** The units {@link FindOrganisationUnits} found, parents before children. */
public record OrganisationUnitTree(List<OrganisationUnitNode> units) {
    public OrganisationUnitTree {
        units = List.copyOf(units);
    }
}
