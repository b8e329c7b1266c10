package org.prawat.ui.rest.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.GrantBonus;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.FiscalYear;

/** Body of {@code POST /api/employees/{employeeId}/bonuses}; {@code fiscalYear} in B.E., e.g. 2568. */
record GrantBonusRequest(
        CommendationId commendationId,
        BigDecimal amount,
        FiscalYear fiscalYear,
        String orderNumber,
        LocalDate awardedOn) {

    GrantBonus toCommand(EmployeeId employeeId, CommendationId id) {
        return new GrantBonus(employeeId, id, amount, fiscalYear, orderNumber, awardedOn);
    }
}
