package org.prawat.domain.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.prawat.api.evaluation.EvaluationBands;
import org.prawat.api.evaluation.EvaluationLimits;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.EvaluationResult;
import org.prawat.api.evaluation.EvaluationRound;
import org.prawat.api.evaluation.EvaluationRoundNotStarted;
import org.prawat.api.evaluation.EvaluationWeights;
import org.prawat.api.evaluation.InvalidEvaluationWeights;
import org.prawat.api.evaluation.ScoreOutOfRange;
import org.prawat.domain.BusinessDates;

/** What any evaluation result must satisfy, and how it is graded, whether recorded first or corrected. */
final class EvaluationRules {

    private EvaluationRules() {}

    /** Scores 0–100, valid weights, and a plausible date within or after the start of {@code round}. */
    static void requireContent(
            BigDecimal achievementScore,
            BigDecimal competencyScore,
            EvaluationWeights weights,
            LocalDate evaluatedOn,
            EvaluationRound round,
            LocalDate today) {
        requireScore(achievementScore, "คะแนนผลสัมฤทธิ์ของงาน", "The achievement score");
        requireScore(competencyScore, "คะแนนสมรรถนะ", "The competency score");
        if (!weights.isValid()) {
            throw new InvalidEvaluationWeights(weights);
        }
        BusinessDates.requirePlausible(evaluatedOn, "วันที่ประเมิน", "The evaluation date", today);
        if (evaluatedOn.isBefore(round.startsOn())) {
            throw new EvaluationRoundNotStarted(round, evaluatedOn);
        }
    }

    /** The weighted total and the level {@code bands} give it. */
    static EvaluationResult graded(
            BigDecimal achievementScore,
            BigDecimal competencyScore,
            EvaluationWeights weights,
            EvaluationBands bands,
            String evaluatorName,
            LocalDate evaluatedOn,
            String comments) {
        BigDecimal total = weights.totalOf(achievementScore, competencyScore);
        return new EvaluationResult(
                achievementScore,
                weights.achievement(),
                competencyScore,
                weights.competency(),
                total,
                bands.levelOf(total),
                bands.version(),
                evaluatorName.strip(),
                evaluatedOn,
                stripped(comments));
    }

    static EvaluationResult resultOf(EvaluationRecorded event) {
        return new EvaluationResult(
                event.achievementScore(),
                event.achievementWeight(),
                event.competencyScore(),
                event.competencyWeight(),
                event.total(),
                event.level(),
                event.bandsVersion(),
                event.evaluatorName(),
                event.evaluatedOn(),
                event.comments());
    }

    private static void requireScore(BigDecimal score, String fieldThai, String fieldEnglish) {
        if (score.compareTo(BigDecimal.valueOf(EvaluationLimits.SCORE_MIN)) < 0
                || score.compareTo(BigDecimal.valueOf(EvaluationLimits.SCORE_MAX)) > 0) {
            throw new ScoreOutOfRange(fieldThai, fieldEnglish, score);
        }
    }

    private static String stripped(String comments) {
        return comments == null ? "" : comments.strip();
    }
}
