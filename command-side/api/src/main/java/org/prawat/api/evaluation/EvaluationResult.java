package org.prawat.api.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an evaluation says, apart from whose it is and its round: the scores and weights, the
 * weighted {@code total}, the {@code level} the bands {@code bandsVersion} gave it, who evaluated,
 * when, and the comments (empty when none were given). A correction replaces one by another.
 */
public record EvaluationResult(
        BigDecimal achievementScore,
        int achievementWeight,
        BigDecimal competencyScore,
        int competencyWeight,
        BigDecimal total,
        EvaluationLevel level,
        String bandsVersion,
        String evaluatorName,
        LocalDate evaluatedOn,
        String comments) {}
