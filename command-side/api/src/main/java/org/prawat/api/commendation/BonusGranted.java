package org.prawat.api.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.FiscalYear;

/** The employee was granted a bonus of {@code amount} baht for {@code fiscalYear} by order {@code orderNumber} dated {@code awardedOn}. */
@Revision("1")
public record BonusGranted(
        EmployeeId employeeId,
        CommendationId commendationId,
        BigDecimal amount,
        FiscalYear fiscalYear,
        String orderNumber,
        LocalDate awardedOn)
        implements Commendation {}
