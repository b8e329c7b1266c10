package org.prawat.api.employee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.text.PlainText;

/** Moves an employee to another unit by an order (คำสั่ง) taking effect on {@code effectiveOn}. */
public record TransferEmployee(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull(message = "กรุณาเลือกหน่วยงานที่ย้ายไป / The destination unit is required")
                OrganisationUnitId toUnitId,
        @NotBlank(message = "กรุณาระบุเลขที่คำสั่ง / The order number is required") @PlainText @Size(max = 100)
                String orderNumber,
        @NotNull(message = "กรุณาระบุวันที่มีผล / The effective date is required") LocalDate effectiveOn) {}
