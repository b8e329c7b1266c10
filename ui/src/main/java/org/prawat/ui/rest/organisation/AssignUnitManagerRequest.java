package org.prawat.ui.rest.organisation;

import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.AssignUnitManager;
import org.prawat.api.organisation.OrganisationUnitId;

/** Body of {@code POST /api/organisation-units/{unitId}/managers}. */
record AssignUnitManagerRequest(EmployeeId managerId, LocalDate effectiveOn) {

    AssignUnitManager toCommand(OrganisationUnitId unitId) {
        return new AssignUnitManager(unitId, managerId, effectiveOn);
    }
}
