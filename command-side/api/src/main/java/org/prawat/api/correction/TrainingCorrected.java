package org.prawat.api.correction;

import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;

/**
 * HR corrected training {@code trainingId}: {@code previous} is struck through and {@code corrected}
 * is what the record says from now on. {@code requestId} is the owner's request this approved, or null.
 */
@Revision("1")
public record TrainingCorrected(
        EmployeeId employeeId,
        TrainingId trainingId,
        Training previous,
        Training corrected,
        CorrectionDetails details,
        CorrectionRequestId requestId) {}
