package org.prawat.ui.rest.organisation;

import java.time.LocalDate;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.RenameOrganisationUnit;

/** Body of {@code POST /api/organisation-units/{unitId}/renames}. */
record RenameOrganisationUnitRequest(String newName, LocalDate effectiveOn) {

    RenameOrganisationUnit toCommand(OrganisationUnitId unitId) {
        return new RenameOrganisationUnit(unitId, newName, effectiveOn);
    }
}
