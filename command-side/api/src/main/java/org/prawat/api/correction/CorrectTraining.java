package org.prawat.api.correction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;

/**
 * Replaces what a training record says by {@code corrected}; the original stays in the history.
 * {@code requestId} names the owner's request this approves, or is null when HR corrects unasked.
 */
public record CorrectTraining(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull TrainingId trainingId,
        @NotNull @Valid Training corrected,
        @NotNull(message = "กรุณาระบุรายละเอียดการแก้ไข / The correction details are required") @Valid
                CorrectionDetails details,
        CorrectionRequestId requestId)
        implements Correction {}
