package org.prawat.api.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/**
 * Records the evaluator's evaluation of an employee for round {@code round} (1 or 2) of
 * {@code fiscalYear}: achievement and competency scores (0–100) with their weights (summing to 100),
 * made on {@code evaluatedOn}. One per round; a change is filed as a correction.
 */
public record RecordEvaluation(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull EvaluationId evaluationId,
        @NotNull(message = "กรุณาระบุปีงบประมาณ / The fiscal year is required") @Valid FiscalYear fiscalYear,
        @Min(value = EvaluationRound.FIRST, message = "รอบการประเมินต้องเป็น 1 หรือ 2 / The round must be 1 or 2")
                @Max(
                        value = EvaluationRound.SECOND,
                        message = "รอบการประเมินต้องเป็น 1 หรือ 2 / The round must be 1 or 2")
                int round,
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
        @Size(max = EvaluationLimits.COMMENTS_MAX) @PlainText String comments) {}
