package org.prawat.ui.rest.employee;

import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.SeparateEmployee;
import org.prawat.api.employee.SeparationReason;

/** Body of {@code POST /api/employees/{employeeId}/separations}. */
record SeparateEmployeeRequest(SeparationReason reason, String orderNumber, LocalDate effectiveOn) {

    SeparateEmployee toCommand(EmployeeId employeeId) {
        return new SeparateEmployee(employeeId, reason, orderNumber, effectiveOn);
    }
}
