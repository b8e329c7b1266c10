package org.prawat.api.evaluation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * The higher-level reviewer agreed ({@code agreed}) or disagreed with evaluation
 * {@code evaluationId} on {@code reviewedOn}; {@code comments} is empty when none were given.
 */
@Revision("1")
public record EvaluationReviewed(
        EmployeeId employeeId,
        EvaluationId evaluationId,
        String reviewerName,
        boolean agreed,
        String comments,
        LocalDate reviewedOn) {}
