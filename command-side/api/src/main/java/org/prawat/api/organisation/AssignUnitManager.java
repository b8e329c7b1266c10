package org.prawat.api.organisation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;

/** Makes a registered employee the unit's manager from {@code effectiveOn}; their scope is its subtree. */
public record AssignUnitManager(
        @TargetAggregateIdentifier @NotNull OrganisationUnitId unitId,
        @NotNull(message = "กรุณาเลือกผู้บังคับบัญชา / The manager is required") EmployeeId managerId,
        @NotNull(message = "กรุณาระบุวันที่มีผล / The effective date is required") LocalDate effectiveOn) {}
