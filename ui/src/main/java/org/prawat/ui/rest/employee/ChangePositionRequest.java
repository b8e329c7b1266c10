package org.prawat.ui.rest.employee;

import java.time.LocalDate;
import org.prawat.api.employee.ChangePosition;
import org.prawat.api.employee.EmployeeId;

/** Body of {@code POST /api/employees/{employeeId}/position-changes}. */
record ChangePositionRequest(String position, String level, String orderNumber, LocalDate effectiveOn) {

    ChangePosition toCommand(EmployeeId employeeId) {
        return new ChangePosition(employeeId, position, level, orderNumber, effectiveOn);
    }
}
