package org.prawat.ui.rest.correction;

import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;

/** Body of {@code POST .../trainings/{trainingId}/corrections}: the whole corrected record and why. */
record CorrectTrainingRequest(Training corrected, CorrectionDetails details, CorrectionRequestId requestId) {

    CorrectTraining toCommand(EmployeeId employeeId, TrainingId trainingId) {
        return new CorrectTraining(employeeId, trainingId, corrected, details, requestId);
    }
}
