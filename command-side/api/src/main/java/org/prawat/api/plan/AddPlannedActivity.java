package org.prawat.api.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;

/** Adds an activity to a development plan already in the case file, within the plan's three years. */
public record AddPlannedActivity(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull DevelopmentPlanId planId,
        @NotNull @Valid PlannedActivity activity) {}
