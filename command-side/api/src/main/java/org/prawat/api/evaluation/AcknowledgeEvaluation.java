package org.prawat.api.evaluation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;

/** Records that the employee acknowledged (รับทราบผล) the result of an evaluation on {@code acknowledgedOn}. */
public record AcknowledgeEvaluation(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull(message = "กรุณาระบุผลการประเมินที่รับทราบ / The evaluation is required") EvaluationId evaluationId,
        @NotNull(message = "กรุณาระบุวันที่รับทราบผล / The acknowledgement date is required")
                LocalDate acknowledgedOn) {}
