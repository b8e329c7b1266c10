package org.prawat.ui.rest.evaluation;

import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.AcknowledgeEvaluation;
import org.prawat.api.evaluation.EvaluationId;

/** Body of {@code POST /api/employees/{employeeId}/evaluations/{evaluationId}/acknowledgements}. */
record AcknowledgeEvaluationRequest(LocalDate acknowledgedOn) {

    AcknowledgeEvaluation toCommand(EmployeeId employeeId, EvaluationId evaluationId) {
        return new AcknowledgeEvaluation(employeeId, evaluationId, acknowledgedOn);
    }
}
