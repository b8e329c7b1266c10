package org.prawat.api.evaluation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/** The employee acknowledged (รับทราบผล) the result of evaluation {@code evaluationId} on {@code acknowledgedOn}. */
@Revision("1")
public record EvaluationAcknowledged(EmployeeId employeeId, EvaluationId evaluationId, LocalDate acknowledgedOn) {}
