package org.prawat.ui.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.prawat.api.evaluation.FiscalYear;

/** What the evaluation fields hold: the round, the scores and weights, who evaluated, when, and comments. */
record EvaluationInput(
        FiscalYear fiscalYear,
        int round,
        BigDecimal achievementScore,
        int achievementWeight,
        BigDecimal competencyScore,
        int competencyWeight,
        String evaluatorName,
        LocalDate evaluatedOn,
        String comments) {}
