package org.prawat.domain.organisation;

import org.prawat.api.organisation.OrganisationUnitAlreadyExists;
import org.prawat.api.organisation.OrganisationUnitId;

/**
 * Which organisation units exist: a rule over all units (ids are unique, parents must exist) that no
 * single {@link OrganisationUnit} can check from its own history.
 */
public interface OrganisationUnitDirectory {

    boolean exists(OrganisationUnitId unitId);

    /**
     * Claims {@code unitId}; {@code parentId} is null for a ministry.
     *
     * @throws OrganisationUnitAlreadyExists when the id was claimed before
     */
    void register(OrganisationUnitId unitId, OrganisationUnitId parentId);
}
