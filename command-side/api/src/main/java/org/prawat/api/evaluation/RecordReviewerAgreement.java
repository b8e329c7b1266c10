package org.prawat.api.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/**
 * Records whether the higher-level reviewer (ผู้บังคับบัญชาเหนือขึ้นไป) agreed with a recorded
 * evaluation, with their comments, on {@code reviewedOn}.
 */
public record RecordReviewerAgreement(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull(message = "กรุณาระบุผลการประเมินที่พิจารณา / The evaluation is required") EvaluationId evaluationId,
        @NotBlank(message = "กรุณาระบุชื่อผู้บังคับบัญชาเหนือขึ้นไป / The reviewer's name is required")
                @Size(max = EvaluationLimits.NAME_MAX)
                @PlainText
                String reviewerName,
        boolean agreed,
        @Size(max = EvaluationLimits.COMMENTS_MAX) @PlainText String comments,
        @NotNull(message = "กรุณาระบุวันที่พิจารณา / The review date is required") LocalDate reviewedOn) {}
