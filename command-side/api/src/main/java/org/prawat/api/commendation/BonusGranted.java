package org.prawat.api.commendation;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.FiscalYear;

/** The employee was granted a bonus of {@code amount} baht for {@code fiscalYear} by order {@code orderNumber} dated {@code awardedOn}. */
@Revision("1")
// Stored on its own without a kind since r1; only a field typed Commendation carries the kind.
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record BonusGranted(
        EmployeeId employeeId,
        CommendationId commendationId,
        BigDecimal amount,
        FiscalYear fiscalYear,
        String orderNumber,
        LocalDate awardedOn)
        implements Commendation {}
