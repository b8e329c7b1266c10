package org.prawat.api.training;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/** The participant reported on training {@code trainingId} on {@code submittedOn}. */
@Revision("1")
public record TrainingReportSubmitted(
        EmployeeId employeeId,
        TrainingId trainingId,
        String whatWasLearned,
        String howItWillBeApplied,
        LocalDate submittedOn) {}
