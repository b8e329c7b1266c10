package org.prawat.ui.rest.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.GrantSalaryStepIncrease;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;

/** Body of {@code POST /api/employees/{employeeId}/salary-step-increases}; steps or percentage, not both. */
record GrantSalaryStepIncreaseRequest(
        CommendationId commendationId,
        BigDecimal steps,
        BigDecimal percentage,
        EvaluationId evaluationId,
        String orderNumber,
        LocalDate awardedOn,
        LocalDate effectiveOn) {

    GrantSalaryStepIncrease toCommand(EmployeeId employeeId, CommendationId id) {
        return new GrantSalaryStepIncrease(
                employeeId, id, steps, percentage, evaluationId, orderNumber, awardedOn, effectiveOn);
    }
}
