package org.prawat.ui.rest.organisation;

import java.time.LocalDate;
import org.prawat.api.organisation.MoveOrganisationUnit;
import org.prawat.api.organisation.OrganisationUnitId;

/** Body of {@code POST /api/organisation-units/{unitId}/moves}. */
record MoveOrganisationUnitRequest(OrganisationUnitId newParentId, LocalDate effectiveOn) {

    MoveOrganisationUnit toCommand(OrganisationUnitId unitId) {
        return new MoveOrganisationUnit(unitId, newParentId, effectiveOn);
    }
}
