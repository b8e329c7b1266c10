package org.prawat.ui.rest.pdpa;

import org.prawat.api.employee.EmployeeId;
import org.prawat.api.pdpa.ErasePersonalData;

/** Body of {@code POST /api/employees/{employeeId}/personal-data-erasures}. */
record ErasePersonalDataRequest(String legalBasis, String requestReference, String reason) {

    ErasePersonalData toCommand(EmployeeId employeeId) {
        return new ErasePersonalData(employeeId, legalBasis, requestReference, reason);
    }
}
