package org.prawat.ui.rest.employee;

import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.organisation.OrganisationUnitId;

/** Body of {@code POST /api/employees/{employeeId}/transfers}. */
record TransferEmployeeRequest(OrganisationUnitId toUnitId, String orderNumber, LocalDate effectiveOn) {

    TransferEmployee toCommand(EmployeeId employeeId) {
        return new TransferEmployee(employeeId, toUnitId, orderNumber, effectiveOn);
    }
}
