package org.prawat.api.commendation;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/** The employee received the outstanding-employee award {@code awardTitle} for B.E. {@code year} from {@code awardedBy} on {@code awardedOn}. */
@Revision("1")
// Stored on its own without a kind since r1; only a field typed Commendation carries the kind.
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record OutstandingEmployeeAwarded(
        EmployeeId employeeId,
        CommendationId commendationId,
        String awardTitle,
        String awardedBy,
        int year,
        LocalDate awardedOn)
        implements Commendation {}
