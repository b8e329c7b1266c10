package org.prawat.api.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;

/** Puts a completed training into the employee's case file. */
public record RecordTraining(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull TrainingId trainingId,
        @NotNull @Valid Training training) {}
