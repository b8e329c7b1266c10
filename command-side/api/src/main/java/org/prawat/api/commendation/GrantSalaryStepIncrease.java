package org.prawat.api.commendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.text.PlainText;

/**
 * Grants a salary-step increase (เลื่อนขั้นเงินเดือน) by order {@code orderNumber} dated
 * {@code awardedOn}, taking effect on {@code effectiveOn}: either {@code steps} (0.5, 1 or 1.5, for
 * local officials) or {@code percentage} (more than 0 and at most 10, for civil servants), never
 * both. It must name the evaluation in this case file that justifies it.
 */
public record GrantSalaryStepIncrease(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull CommendationId commendationId,
        BigDecimal steps,
        BigDecimal percentage,
        @NotNull(message = "กรุณาระบุผลการประเมินที่ใช้พิจารณา / The evaluation justifying the increase is required")
                EvaluationId evaluationId,
        @NotBlank(message = "กรุณาระบุเลขที่คำสั่ง / The order number is required")
                @Size(max = CommendationLimits.NUMBER_MAX)
                @PlainText
                String orderNumber,
        @NotNull(message = "กรุณาระบุวันที่ของคำสั่ง / The order date is required") LocalDate awardedOn,
        @NotNull(message = "กรุณาระบุวันที่มีผล / The effective date is required") LocalDate effectiveOn)
        implements CommendationGrant {}
