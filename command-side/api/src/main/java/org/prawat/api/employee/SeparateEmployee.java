package org.prawat.api.employee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.text.PlainText;

/** Closes the case file: the employee left service for {@code reason} on {@code effectiveOn}. */
public record SeparateEmployee(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull(message = "กรุณาระบุเหตุที่พ้นจากตำแหน่ง / The reason for leaving is required")
                SeparationReason reason,
        @NotBlank(message = "กรุณาระบุเลขที่คำสั่ง / The order number is required") @PlainText @Size(max = 100)
                String orderNumber,
        @NotNull(message = "กรุณาระบุวันที่มีผล / The effective date is required") LocalDate effectiveOn) {}
