package org.prawat.api.commendation;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;

/**
 * The employee was granted a salary-step increase by order {@code orderNumber} dated
 * {@code awardedOn}, effective from {@code effectiveOn}, on the strength of evaluation
 * {@code evaluationId}. Exactly one of {@code steps} (local officials) and {@code percentage} (civil
 * servants) is given; the other is null.
 */
@Revision("1")
// Stored on its own without a kind since r1; only a field typed Commendation carries the kind.
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record SalaryStepIncreaseGranted(
        EmployeeId employeeId,
        CommendationId commendationId,
        BigDecimal steps,
        BigDecimal percentage,
        EvaluationId evaluationId,
        String orderNumber,
        LocalDate awardedOn,
        LocalDate effectiveOn)
        implements Commendation {}
