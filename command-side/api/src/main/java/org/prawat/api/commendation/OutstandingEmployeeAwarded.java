package org.prawat.api.commendation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/** The employee received the outstanding-employee award {@code awardTitle} for B.E. {@code year} from {@code awardedBy} on {@code awardedOn}. */
@Revision("1")
public record OutstandingEmployeeAwarded(
        EmployeeId employeeId,
        CommendationId commendationId,
        String awardTitle,
        String awardedBy,
        int year,
        LocalDate awardedOn)
        implements Commendation {}
