package org.prawat.ui.rest.correction;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.prawat.api.correction.CorrectEvaluation;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;

/** Body of {@code POST .../evaluations/{evaluationId}/corrections}: the whole corrected result and why. */
record CorrectEvaluationRequest(
        BigDecimal achievementScore,
        int achievementWeight,
        BigDecimal competencyScore,
        int competencyWeight,
        String evaluatorName,
        LocalDate evaluatedOn,
        String comments,
        CorrectionDetails details,
        CorrectionRequestId requestId) {

    CorrectEvaluation toCommand(EmployeeId employeeId, EvaluationId evaluationId) {
        return new CorrectEvaluation(
                employeeId,
                evaluationId,
                achievementScore,
                achievementWeight,
                competencyScore,
                competencyWeight,
                evaluatorName,
                evaluatedOn,
                comments,
                details,
                requestId);
    }
}
