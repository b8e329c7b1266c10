package org.prawat.query.organisation;

import java.util.List;

/** A unit as the read side knows it: its name and the ids of its ancestors, root first. */
public record OrganisationUnitDocument(
        String unitId, String name, String kind, String parentId, List<String> ancestorIds) {

    /** This unit's path for subtree filters: its ancestors and itself. */
    public List<String> path() {
        var path = new java.util.ArrayList<>(ancestorIds);
        path.add(unitId);
        return path;
    }
}
