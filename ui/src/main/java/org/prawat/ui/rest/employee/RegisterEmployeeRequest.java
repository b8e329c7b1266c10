package org.prawat.ui.rest.employee;

import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.organisation.OrganisationUnitId;

/** Body of {@code POST /api/employees}; without {@code employeeId} the server chooses one. */
record RegisterEmployeeRequest(
        EmployeeId employeeId,
        String nationalId,
        String title,
        String firstName,
        String lastName,
        PersonnelType personnelType,
        OrganisationUnitId unitId,
        String position,
        String level,
        LocalDate appointedOn) {

    RegisterEmployee toCommand(EmployeeId id) {
        return new RegisterEmployee(
                id, nationalId, title, firstName, lastName, personnelType, unitId, position, level, appointedOn);
    }
}
