package org.prawat.ui.rest.training;

import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;

/** Body of {@code POST /api/employees/{employeeId}/trainings}; without {@code trainingId} the server chooses one. */
record RecordTrainingRequest(TrainingId trainingId, Training training) {

    RecordTraining toCommand(EmployeeId employeeId, TrainingId id) {
        return new RecordTraining(employeeId, id, training);
    }
}
