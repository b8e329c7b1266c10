package org.prawat.api.knowledge;

import jakarta.validation.constraints.NotNull;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.TrainingId;

/**
 * Names a post-training report: the one on training {@code trainingId} in the case file of
 * {@code employeeId}, who wrote it.
 */
public record TrainingReportRef(@NotNull EmployeeId employeeId, @NotNull TrainingId trainingId) {}
