package org.prawat.domain.evaluation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.prawat.api.correction.RecordAlreadyRetracted;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.evaluation.AcknowledgeEvaluation;
import org.prawat.api.evaluation.DuplicateEvaluationId;
import org.prawat.api.evaluation.EvaluationAcknowledged;
import org.prawat.api.evaluation.EvaluationAlreadyAcknowledged;
import org.prawat.api.evaluation.EvaluationAlreadyRecordedForRound;
import org.prawat.api.evaluation.EvaluationBands;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationLimits;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.EvaluationReviewed;
import org.prawat.api.evaluation.EvaluationRound;
import org.prawat.api.evaluation.EvaluationRoundNotStarted;
import org.prawat.api.evaluation.EvaluationWeights;
import org.prawat.api.evaluation.InvalidEvaluationWeights;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.evaluation.RecordReviewerAgreement;
import org.prawat.api.evaluation.ScoreOutOfRange;
import org.prawat.api.evaluation.UnknownEvaluation;
import org.prawat.domain.BusinessDates;
import org.prawat.domain.SnapshotState;

/**
 * The evaluations in one employee's case file: one per round, each reviewed by the higher-level
 * superior and acknowledged once by the employee. The level is decided here, with the bands in
 * force when the round began, and stored with the event so that later bands never change it.
 */
@SnapshotState
public class Evaluations {

    private final Map<EvaluationId, EvaluationRound> roundOf = new HashMap<>();
    private final Set<EvaluationId> acknowledged = new HashSet<>();
    private final Set<EvaluationId> retracted = new HashSet<>();

    @CommandHandler
    void handle(RecordEvaluation command, Clock clock) {
        var round = new EvaluationRound(command.fiscalYear(), command.round());
        var weights = new EvaluationWeights(command.achievementWeight(), command.competencyWeight());
        requireScore(command.achievementScore(), "คะแนนผลสัมฤทธิ์ของงาน", "The achievement score");
        requireScore(command.competencyScore(), "คะแนนสมรรถนะ", "The competency score");
        if (!weights.isValid()) {
            throw new InvalidEvaluationWeights(weights);
        }
        BusinessDates.requirePlausible(command.evaluatedOn(), "วันที่ประเมิน", "The evaluation date", today(clock));
        if (command.evaluatedOn().isBefore(round.startsOn())) {
            throw new EvaluationRoundNotStarted(round, command.evaluatedOn());
        }
        if (roundOf.containsKey(command.evaluationId())) {
            throw new DuplicateEvaluationId(command.evaluationId());
        }
        if (roundOf.containsValue(round)) {
            throw new EvaluationAlreadyRecordedForRound(round);
        }
        apply(recorded(command, weights, EvaluationBands.inForceOn(round.startsOn())));
    }

    @CommandHandler
    void handle(RecordReviewerAgreement command, Clock clock) {
        requireKnown(command.evaluationId());
        BusinessDates.requirePlausible(command.reviewedOn(), "วันที่พิจารณา", "The review date", today(clock));
        apply(new EvaluationReviewed(
                command.employeeId(),
                command.evaluationId(),
                command.reviewerName().strip(),
                command.agreed(),
                stripped(command.comments()),
                command.reviewedOn()));
    }

    @CommandHandler
    void handle(AcknowledgeEvaluation command, Clock clock) {
        requireKnown(command.evaluationId());
        if (acknowledged.contains(command.evaluationId())) {
            throw new EvaluationAlreadyAcknowledged(command.evaluationId());
        }
        BusinessDates.requirePlausible(
                command.acknowledgedOn(), "วันที่รับทราบผล", "The acknowledgement date", today(clock));
        apply(new EvaluationAcknowledged(command.employeeId(), command.evaluationId(), command.acknowledgedOn()));
    }

    /** Whether this case file holds evaluation {@code evaluationId}; other members' rules name evaluations. */
    public boolean contains(EvaluationId evaluationId) {
        return roundOf.containsKey(evaluationId);
    }

    @EventSourcingHandler
    void on(EvaluationRecorded event) {
        roundOf.put(event.evaluationId(), event.evaluationRound());
    }

    @EventSourcingHandler
    void on(EvaluationAcknowledged event) {
        acknowledged.add(event.evaluationId());
    }

    @EventSourcingHandler
    void on(RecordRetracted event) {
        if (event.kind() == RecordKind.EVALUATION) {
            retracted.add(new EvaluationId(event.recordId()));
        }
    }

    private static EvaluationRecorded recorded(
            RecordEvaluation command, EvaluationWeights weights, EvaluationBands bands) {
        BigDecimal total = weights.totalOf(command.achievementScore(), command.competencyScore());
        return new EvaluationRecorded(
                command.employeeId(),
                command.evaluationId(),
                command.fiscalYear(),
                command.round(),
                command.achievementScore(),
                weights.achievement(),
                command.competencyScore(),
                weights.competency(),
                total,
                bands.levelOf(total),
                bands.version(),
                command.evaluatorName().strip(),
                command.evaluatedOn(),
                stripped(command.comments()));
    }

    private void requireKnown(EvaluationId evaluationId) {
        if (!roundOf.containsKey(evaluationId)) {
            throw new UnknownEvaluation(evaluationId);
        }
        if (retracted.contains(evaluationId)) {
            throw new RecordAlreadyRetracted(RecordKind.EVALUATION, evaluationId.value());
        }
    }

    private static void requireScore(BigDecimal score, String fieldThai, String fieldEnglish) {
        if (score.compareTo(BigDecimal.valueOf(EvaluationLimits.SCORE_MIN)) < 0
                || score.compareTo(BigDecimal.valueOf(EvaluationLimits.SCORE_MAX)) > 0) {
            throw new ScoreOutOfRange(fieldThai, fieldEnglish, score);
        }
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    private static String stripped(String comments) {
        return comments == null ? "" : comments.strip();
    }
}
