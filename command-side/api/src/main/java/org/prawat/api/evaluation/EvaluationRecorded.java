package org.prawat.api.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * An employee was evaluated for round {@code round} of {@code fiscalYear}. {@code total} is the
 * weighted score to two decimals; {@code level} is what the bands {@code bandsVersion} gave it, kept
 * as recorded when newer bands come into force. {@code comments} is empty when none were given.
 */
@Revision("1")
public record EvaluationRecorded(
        EmployeeId employeeId,
        EvaluationId evaluationId,
        FiscalYear fiscalYear,
        int round,
        BigDecimal achievementScore,
        int achievementWeight,
        BigDecimal competencyScore,
        int competencyWeight,
        BigDecimal total,
        EvaluationLevel level,
        String bandsVersion,
        String evaluatorName,
        LocalDate evaluatedOn,
        String comments) {

    public EvaluationRound evaluationRound() {
        return new EvaluationRound(fiscalYear, round);
    }
}
