package org.prawat.api.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/** The participant's report after a training: what was learned and how it will be applied. */
public record SubmitTrainingReport(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull TrainingId trainingId,
        @NotBlank(message = "กรุณาระบุสิ่งที่ได้เรียนรู้ / What was learned is required") @Size(max = 10_000) @PlainText
                String whatWasLearned,
        @NotBlank(message = "กรุณาระบุการนำไปใช้ / How it will be applied is required") @Size(max = 10_000) @PlainText
                String howItWillBeApplied,
        @NotNull(message = "กรุณาระบุวันที่ส่งรายงาน / The report date is required") LocalDate submittedOn) {}
