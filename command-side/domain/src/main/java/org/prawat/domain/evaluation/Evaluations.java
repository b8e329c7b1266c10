package org.prawat.domain.evaluation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.prawat.api.correction.CorrectEvaluation;
import org.prawat.api.correction.CorrectionChangesNothing;
import org.prawat.api.correction.EvaluationCorrected;
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
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.EvaluationResult;
import org.prawat.api.evaluation.EvaluationReviewed;
import org.prawat.api.evaluation.EvaluationRound;
import org.prawat.api.evaluation.EvaluationWeights;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.evaluation.RecordReviewerAgreement;
import org.prawat.api.evaluation.UnknownEvaluation;
import org.prawat.domain.BusinessDates;
import org.prawat.domain.SameContent;
import org.prawat.domain.SnapshotState;

/**
 * The evaluations in one employee's case file: one per round, each reviewed by the higher-level
 * superior and acknowledged once by the employee. The level is decided here, with the bands in
 * force when the round began, and stored with the event so that later bands never change it; a
 * correction is graded again with those same bands.
 */
@SnapshotState
public class Evaluations {

    private final Map<EvaluationId, EvaluationRound> roundOf = new HashMap<>();

    /** What each evaluation says now, after any corrections. */
    private final Map<EvaluationId, EvaluationResult> current = new HashMap<>();

    private final Set<EvaluationId> acknowledged = new HashSet<>();
    private final Set<EvaluationId> retracted = new HashSet<>();

    @CommandHandler
    void handle(RecordEvaluation command, Clock clock) {
        var round = new EvaluationRound(command.fiscalYear(), command.round());
        var weights = new EvaluationWeights(command.achievementWeight(), command.competencyWeight());
        EvaluationRules.requireContent(
                command.achievementScore(),
                command.competencyScore(),
                weights,
                command.evaluatedOn(),
                round,
                today(clock));
        if (roundOf.containsKey(command.evaluationId())) {
            throw new DuplicateEvaluationId(command.evaluationId());
        }
        if (hasStandingEvaluation(round)) {
            throw new EvaluationAlreadyRecordedForRound(round);
        }
        var result = EvaluationRules.graded(
                command.achievementScore(),
                command.competencyScore(),
                weights,
                EvaluationBands.inForceOn(round.startsOn()),
                command.evaluatorName(),
                command.evaluatedOn(),
                command.comments());
        apply(recorded(command, result));
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

    /**
     * Writes the corrected result beside the current one, in the same round and graded with the
     * same bands. Called by the case file's correction desk, which has already checked the request
     * the correction answers.
     */
    public void correct(CorrectEvaluation command, LocalDate today) {
        requireKnown(command.evaluationId());
        var previous = current.get(command.evaluationId());
        var weights = new EvaluationWeights(command.achievementWeight(), command.competencyWeight());
        EvaluationRules.requireContent(
                command.achievementScore(),
                command.competencyScore(),
                weights,
                command.evaluatedOn(),
                roundOf.get(command.evaluationId()),
                today);
        var corrected = EvaluationRules.graded(
                command.achievementScore(),
                command.competencyScore(),
                weights,
                EvaluationBands.ofVersion(previous.bandsVersion()),
                command.evaluatorName(),
                command.evaluatedOn(),
                command.comments());
        if (SameContent.of(previous, corrected)) {
            throw new CorrectionChangesNothing(
                    RecordKind.EVALUATION, command.evaluationId().value());
        }
        apply(new EvaluationCorrected(
                command.employeeId(),
                command.evaluationId(),
                previous,
                corrected,
                command.details().stripped(),
                command.requestId()));
    }

    /**
     * Whether this case file holds evaluation {@code evaluationId} and it was not retracted; other
     * members' rules name evaluations (a salary-step increase must rest on a standing one).
     */
    public boolean isStanding(EvaluationId evaluationId) {
        return roundOf.containsKey(evaluationId) && !retracted.contains(evaluationId);
    }

    @EventSourcingHandler
    void on(EvaluationRecorded event) {
        roundOf.put(event.evaluationId(), event.evaluationRound());
        current.put(event.evaluationId(), EvaluationRules.resultOf(event));
    }

    @EventSourcingHandler
    void on(EvaluationCorrected event) {
        current.put(event.evaluationId(), event.corrected());
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

    /** A retracted evaluation no longer holds its round, so the right one can be recorded there. */
    private boolean hasStandingEvaluation(EvaluationRound round) {
        return roundOf.entrySet().stream()
                .anyMatch(entry -> entry.getValue().equals(round) && !retracted.contains(entry.getKey()));
    }

    private static EvaluationRecorded recorded(RecordEvaluation command, EvaluationResult result) {
        return new EvaluationRecorded(
                command.employeeId(),
                command.evaluationId(),
                command.fiscalYear(),
                command.round(),
                result.achievementScore(),
                result.achievementWeight(),
                result.competencyScore(),
                result.competencyWeight(),
                result.total(),
                result.level(),
                result.bandsVersion(),
                result.evaluatorName(),
                result.evaluatedOn(),
                result.comments());
    }

    private void requireKnown(EvaluationId evaluationId) {
        if (!roundOf.containsKey(evaluationId)) {
            throw new UnknownEvaluation(evaluationId);
        }
        if (retracted.contains(evaluationId)) {
            throw new RecordAlreadyRetracted(RecordKind.EVALUATION, evaluationId.value());
        }
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    private static String stripped(String comments) {
        return comments == null ? "" : comments.strip();
    }
}
