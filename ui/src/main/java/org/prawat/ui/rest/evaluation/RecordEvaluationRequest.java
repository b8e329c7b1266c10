package org.prawat.ui.rest.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.RecordEvaluation;

/** Body of {@code POST /api/employees/{employeeId}/evaluations}; without {@code evaluationId} the server chooses one. */
record RecordEvaluationRequest(
        EvaluationId evaluationId,
        FiscalYear fiscalYear,
        int round,
        BigDecimal achievementScore,
        int achievementWeight,
        BigDecimal competencyScore,
        int competencyWeight,
        String evaluatorName,
        LocalDate evaluatedOn,
        String comments) {

    RecordEvaluation toCommand(EmployeeId employeeId, EvaluationId id) {
        return new RecordEvaluation(
                employeeId,
                id,
                fiscalYear,
                round,
                achievementScore,
                achievementWeight,
                competencyScore,
                competencyWeight,
                evaluatorName,
                evaluatedOn,
                comments);
    }
}
