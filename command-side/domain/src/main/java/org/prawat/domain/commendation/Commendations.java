package org.prawat.domain.commendation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.prawat.api.commendation.AwardCertificateOfHonour;
import org.prawat.api.commendation.AwardOutstandingEmployee;
import org.prawat.api.commendation.Commendation;
import org.prawat.api.commendation.CommendationGrant;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.ConferRoyalDecoration;
import org.prawat.api.commendation.DuplicateCommendationId;
import org.prawat.api.commendation.GrantBonus;
import org.prawat.api.commendation.GrantSalaryStepIncrease;
import org.prawat.api.commendation.IssueLetterOfPraise;
import org.prawat.api.correction.CommendationCorrected;
import org.prawat.api.correction.CorrectCommendation;
import org.prawat.api.correction.CorrectionChangesCommendationKind;
import org.prawat.api.correction.CorrectionChangesNothing;
import org.prawat.api.correction.CorrectionNamesAnotherCommendation;
import org.prawat.api.correction.RecordAlreadyRetracted;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.UnknownRecord;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.domain.SameContent;
import org.prawat.domain.SnapshotState;

/**
 * The commendations of one case file; part of the Employee aggregate. A grant and a correction of
 * any kind pass the same {@link CommendationRules}. A salary-step increase must rest on an
 * evaluation of the same case file, which the rules ask {@code evaluationExists} about rather than
 * keeping a copy of the evaluations.
 */
@SnapshotState
public class Commendations {

    /** Not state of this member but rules over a view onto the Evaluations member, so not compared or stored with it. */
    private final transient CommendationRules rules;

    /** What each commendation says now, after any corrections. */
    private final Map<CommendationId, Commendation> current = new HashMap<>();

    private final Set<CommendationId> retracted = new HashSet<>();

    public Commendations(Predicate<EvaluationId> evaluationExists) {
        this.rules = new CommendationRules(Objects.requireNonNull(evaluationExists, "evaluationExists"));
    }

    @CommandHandler
    void handle(AwardCertificateOfHonour command, Clock clock) {
        grant(command, clock);
    }

    @CommandHandler
    void handle(GrantSalaryStepIncrease command, Clock clock) {
        grant(command, clock);
    }

    @CommandHandler
    void handle(GrantBonus command, Clock clock) {
        grant(command, clock);
    }

    @CommandHandler
    void handle(AwardOutstandingEmployee command, Clock clock) {
        grant(command, clock);
    }

    @CommandHandler
    void handle(IssueLetterOfPraise command, Clock clock) {
        grant(command, clock);
    }

    @CommandHandler
    void handle(ConferRoyalDecoration command, Clock clock) {
        grant(command, clock);
    }

    /**
     * Writes the corrected content beside the current one. Called by the case file's correction
     * desk, which has already checked the request the correction answers. The grant inside the
     * correction must name this case file and commendation: it is the same record, corrected.
     */
    public void correct(CorrectCommendation command, LocalDate today) {
        CommendationId commendationId = command.commendationId();
        requireStanding(commendationId);
        CommendationGrant grant = command.corrected();
        if (!grant.employeeId().equals(command.employeeId())
                || !grant.commendationId().equals(commendationId)) {
            throw new CorrectionNamesAnotherCommendation(commendationId);
        }
        Commendation previous = current.get(commendationId);
        if (!CommendationRules.sameKind(grant, previous)) {
            throw new CorrectionChangesCommendationKind(commendationId);
        }
        Commendation corrected = rules.checked(grant, today);
        if (SameContent.of(previous, corrected)) {
            throw new CorrectionChangesNothing(RecordKind.COMMENDATION, commendationId.value());
        }
        apply(new CommendationCorrected(
                command.employeeId(),
                commendationId,
                previous,
                corrected,
                command.details().stripped(),
                command.requestId()));
    }

    private void grant(CommendationGrant command, Clock clock) {
        if (current.containsKey(command.commendationId())) {
            throw new DuplicateCommendationId(command.commendationId());
        }
        apply(rules.checked(command, LocalDate.now(clock)));
    }

    private void requireStanding(CommendationId commendationId) {
        if (!current.containsKey(commendationId)) {
            throw new UnknownRecord(RecordKind.COMMENDATION, commendationId.value());
        }
        if (retracted.contains(commendationId)) {
            throw new RecordAlreadyRetracted(RecordKind.COMMENDATION, commendationId.value());
        }
    }

    @EventSourcingHandler
    void on(Commendation event) {
        current.put(event.commendationId(), event);
    }

    @EventSourcingHandler
    void on(CommendationCorrected event) {
        current.put(event.commendationId(), event.corrected());
    }

    @EventSourcingHandler
    void on(RecordRetracted event) {
        if (event.kind() == RecordKind.COMMENDATION) {
            retracted.add(new CommendationId(event.recordId()));
        }
    }
}
