package org.prawat.api.organisation;

import java.util.List;

/**
 * One unit as a tree shows it: its current name and {@code path}, the ids from the top of the
 * organisation down to the unit itself (so the last is {@code unitId}).
 */
public record OrganisationUnitNode(OrganisationUnitId unitId, String name, List<OrganisationUnitId> path) {
    public OrganisationUnitNode {
        path = List.copyOf(path);
    }

    /** The unit above this one; null at the top. */
    public OrganisationUnitId parentId() {
        return path.size() < 2 ? null : path.get(path.size() - 2);
    }
}
