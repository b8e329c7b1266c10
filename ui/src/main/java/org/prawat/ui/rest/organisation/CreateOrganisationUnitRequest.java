package org.prawat.ui.rest.organisation;

import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;

/** Body of {@code POST /api/organisation-units}; without {@code unitId} the server chooses one. */
record CreateOrganisationUnitRequest(
        OrganisationUnitId unitId, String name, UnitKind kind, OrganisationUnitId parentId) {

    CreateOrganisationUnit toCommand(OrganisationUnitId id) {
        return new CreateOrganisationUnit(id, name, kind, parentId);
    }
}
