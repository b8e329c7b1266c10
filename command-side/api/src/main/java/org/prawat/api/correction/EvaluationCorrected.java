package org.prawat.api.correction;

import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationResult;

/**
 * HR corrected evaluation {@code evaluationId} within its round: {@code previous} is struck through
 * and {@code corrected}, graded with the same bands version, is the result from now on.
 * {@code requestId} is the owner's request this approved, or null.
 */
@Revision("1")
public record EvaluationCorrected(
        EmployeeId employeeId,
        EvaluationId evaluationId,
        EvaluationResult previous,
        EvaluationResult corrected,
        CorrectionDetails details,
        CorrectionRequestId requestId) {}
