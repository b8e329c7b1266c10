package org.prawat.ui.rest.commendation;

import java.time.LocalDate;
import org.prawat.api.commendation.AwardOutstandingEmployee;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.employee.EmployeeId;

/** Body of {@code POST /api/employees/{employeeId}/outstanding-employee-awards}; {@code year} in B.E. */
record AwardOutstandingEmployeeRequest(
        CommendationId commendationId, String awardTitle, String awardedBy, int year, LocalDate awardedOn) {

    AwardOutstandingEmployee toCommand(EmployeeId employeeId, CommendationId id) {
        return new AwardOutstandingEmployee(employeeId, id, awardTitle, awardedBy, year, awardedOn);
    }
}
