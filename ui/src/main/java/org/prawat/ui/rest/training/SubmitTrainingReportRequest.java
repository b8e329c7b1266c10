package org.prawat.ui.rest.training;

import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.SubmitTrainingReport;
import org.prawat.api.training.TrainingId;

/** Body of {@code POST /api/employees/{employeeId}/trainings/{trainingId}/reports}. */
record SubmitTrainingReportRequest(String whatWasLearned, String howItWillBeApplied, LocalDate submittedOn) {

    SubmitTrainingReport toCommand(EmployeeId employeeId, TrainingId trainingId) {
        return new SubmitTrainingReport(employeeId, trainingId, whatWasLearned, howItWillBeApplied, submittedOn);
    }
}
