package org.prawat.api.commendation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.text.PlainText;

/** Grants a bonus of {@code amount} baht (more than 0) for {@code fiscalYear} by order {@code orderNumber}. */
public record GrantBonus(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull CommendationId commendationId,
        @NotNull(message = "กรุณาระบุจำนวนเงิน / The amount is required") BigDecimal amount,
        @NotNull(message = "กรุณาระบุปีงบประมาณ / The fiscal year is required") @Valid FiscalYear fiscalYear,
        @NotBlank(message = "กรุณาระบุเลขที่คำสั่ง / The order number is required")
                @Size(max = CommendationLimits.NUMBER_MAX)
                @PlainText
                String orderNumber,
        @NotNull(message = "กรุณาระบุวันที่ของคำสั่ง / The order date is required") LocalDate awardedOn)
        implements CommendationGrant {}
