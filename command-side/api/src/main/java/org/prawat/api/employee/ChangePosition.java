package org.prawat.api.employee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.text.PlainText;

/**
 * Appoints the employee to another position or level (e.g. นักทรัพยากรบุคคล, ชำนาญการ) by an order
 * taking effect on {@code effectiveOn}; {@code level} may be empty for positions without one.
 */
public record ChangePosition(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotBlank(message = "กรุณาระบุตำแหน่ง / The position is required")
                @Size(max = EmployeeLimits.POSITION_MAX)
                @PlainText
                String position,
        @Size(max = EmployeeLimits.LEVEL_MAX) @PlainText String level,
        @NotBlank(message = "กรุณาระบุเลขที่คำสั่ง / The order number is required") @PlainText @Size(max = 100)
                String orderNumber,
        @NotNull(message = "กรุณาระบุวันที่มีผล / The effective date is required") LocalDate effectiveOn) {}
