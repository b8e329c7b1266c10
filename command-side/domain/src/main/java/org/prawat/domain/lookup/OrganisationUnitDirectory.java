package org.prawat.domain.lookup;

import org.prawat.api.organisation.OrganisationUnitAlreadyExists;
import org.prawat.api.organisation.OrganisationUnitId;

/**
 * Which organisation units exist and where they sit: rules over all units (ids are unique, parents
 * must exist, the tree has no cycles) that no single {@link OrganisationUnit} can check from its own
 * history.
 */
public interface OrganisationUnitDirectory {

    boolean exists(OrganisationUnitId unitId);

    /**
     * Claims {@code unitId}; {@code parentId} is null for a ministry.
     *
     * @throws OrganisationUnitAlreadyExists when the id was claimed before
     */
    void register(OrganisationUnitId unitId, OrganisationUnitId parentId);

    /**
     * True when {@code candidate} is {@code unit} itself or lies on the path from {@code unit} up to
     * its ministry. Asked before a move; holds back other moves until this transaction ends, so two
     * concurrent moves cannot together close a cycle.
     */
    boolean isAncestorOrSelf(OrganisationUnitId candidate, OrganisationUnitId unit);

    /** Records that {@code unitId}, with its subtree, now sits under {@code newParentId}. */
    void move(OrganisationUnitId unitId, OrganisationUnitId newParentId);
}
