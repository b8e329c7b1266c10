package org.prawat.ui.rest.evaluation;

import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.RecordReviewerAgreement;

/** Body of {@code POST /api/employees/{employeeId}/evaluations/{evaluationId}/reviews}. */
record ReviewEvaluationRequest(String reviewerName, boolean agreed, String comments, LocalDate reviewedOn) {

    RecordReviewerAgreement toCommand(EmployeeId employeeId, EvaluationId evaluationId) {
        return new RecordReviewerAgreement(employeeId, evaluationId, reviewerName, agreed, comments, reviewedOn);
    }
}
