package org.prawat.api.correction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationLimits;
import org.prawat.api.text.PlainText;

/**
 * Replaces the scores, weights, evaluator, date and comments of evaluation {@code evaluationId};
 * the level is worked out again with the bands the evaluation was first given, and the original
 * stays in the history. The round cannot be corrected: a result filed under the wrong round is
 * retracted and recorded anew. {@code requestId} names the owner's request this approves, or is null.
 */
public record CorrectEvaluation(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull EvaluationId evaluationId,
        @NotNull(message = "กรุณาระบุคะแนนผลสัมฤทธิ์ของงาน / The achievement score is required")
                BigDecimal achievementScore,
        int achievementWeight,
        @NotNull(message = "กรุณาระบุคะแนนสมรรถนะ / The competency score is required") BigDecimal competencyScore,
        int competencyWeight,
        @NotBlank(message = "กรุณาระบุชื่อผู้ประเมิน / The evaluator's name is required")
                @Size(max = EvaluationLimits.NAME_MAX)
                @PlainText
                String evaluatorName,
        @NotNull(message = "กรุณาระบุวันที่ประเมิน / The evaluation date is required") LocalDate evaluatedOn,
        @Size(max = EvaluationLimits.COMMENTS_MAX) @PlainText String comments,
        @NotNull(message = "กรุณาระบุรายละเอียดการแก้ไข / The correction details are required") @Valid
                CorrectionDetails details,
        CorrectionRequestId requestId)
        implements Correction {}
