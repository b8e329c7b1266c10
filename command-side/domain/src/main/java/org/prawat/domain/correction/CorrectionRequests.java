package org.prawat.domain.correction;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.prawat.api.commendation.Commendation;
import org.prawat.api.correction.CorrectCommendation;
import org.prawat.api.correction.CorrectEvaluation;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.CorrectionRequestAlreadyDecided;
import org.prawat.api.correction.CorrectionRequestAlreadyMade;
import org.prawat.api.correction.CorrectionRequestApproved;
import org.prawat.api.correction.CorrectionRequestForAnotherRecord;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.CorrectionRequestRejected;
import org.prawat.api.correction.CorrectionRequested;
import org.prawat.api.correction.RecordAlreadyRetracted;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.RejectCorrectionRequest;
import org.prawat.api.correction.RequestCorrection;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.correction.UnknownCorrectionRequest;
import org.prawat.api.correction.UnknownRecord;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.domain.BusinessDates;
import org.prawat.domain.SnapshotState;
import org.prawat.domain.commendation.Commendations;
import org.prawat.domain.evaluation.Evaluations;
import org.prawat.domain.training.TrainingRecords;

/**
 * The correction desk of one case file; part of the Employee aggregate. It keeps the owner's
 * requests and which records stand or were retracted, and has every correction checked against
 * the request it answers, so that a correction and the approval of its request are one decision.
 */
@SnapshotState
public class CorrectionRequests {

    private record RecordRef(RecordKind kind, String id) {

        private static final String SEPARATOR = ":";

        /** One string, such as {@code TRAINING:…}, so that a snapshot can write it as a JSON map key. */
        @JsonValue
        String key() {
            return kind.name() + SEPARATOR + id;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static RecordRef ofKey(String key) {
            int separator = key.indexOf(SEPARATOR);
            return new RecordRef(RecordKind.valueOf(key.substring(0, separator)), key.substring(separator + 1));
        }
    }

    /** Not state of this member but the members it corrects, so not stored with it. */
    private final transient TrainingRecords trainings;

    private final transient Evaluations evaluations;
    private final transient Commendations commendations;

    /** Every record a correction may name, and whether it was retracted. */
    private final Map<RecordRef, Boolean> retracted = new HashMap<>();

    private final Map<CorrectionRequestId, RecordRef> requests = new HashMap<>();
    private final Set<CorrectionRequestId> decided = new HashSet<>();

    public CorrectionRequests(TrainingRecords trainings, Evaluations evaluations, Commendations commendations) {
        this.trainings = trainings;
        this.evaluations = evaluations;
        this.commendations = commendations;
    }

    @CommandHandler
    void handle(RequestCorrection command, Clock clock) {
        if (requests.containsKey(command.requestId())) {
            throw new CorrectionRequestAlreadyMade(command.requestId());
        }
        var record = requireStanding(command.kind(), command.recordId());
        BusinessDates.requirePlausible(
                command.requestedOn(), "วันที่ยื่นคำขอ", "The request date", LocalDate.now(clock));
        apply(new CorrectionRequested(
                command.employeeId(),
                command.requestId(),
                record.id(),
                record.kind(),
                command.description().strip(),
                command.evidenceReference().strip(),
                command.requestedOn()));
    }

    @CommandHandler
    void handle(RejectCorrectionRequest command) {
        requireUndecided(command.requestId());
        apply(new CorrectionRequestRejected(
                command.employeeId(),
                command.requestId(),
                command.reason().strip(),
                command.rejectedBy().strip()));
    }

    @CommandHandler
    void handle(CorrectTraining command, Clock clock) {
        requireAnswers(
                command.requestId(),
                new RecordRef(RecordKind.TRAINING, command.trainingId().value()));
        trainings.correct(command, LocalDate.now(clock));
        approve(command.employeeId(), command.requestId(), command.details());
    }

    @CommandHandler
    void handle(CorrectEvaluation command, Clock clock) {
        requireAnswers(
                command.requestId(),
                new RecordRef(RecordKind.EVALUATION, command.evaluationId().value()));
        evaluations.correct(command, LocalDate.now(clock));
        approve(command.employeeId(), command.requestId(), command.details());
    }

    @CommandHandler
    void handle(CorrectCommendation command, Clock clock) {
        requireAnswers(
                command.requestId(),
                new RecordRef(RecordKind.COMMENDATION, command.commendationId().value()));
        commendations.correct(command, LocalDate.now(clock));
        approve(command.employeeId(), command.requestId(), command.details());
    }

    @CommandHandler
    void handle(RetractRecord command) {
        var record = requireStanding(command.kind(), command.recordId());
        requireAnswers(command.requestId(), record);
        apply(new RecordRetracted(
                command.employeeId(),
                record.id(),
                record.kind(),
                command.details().stripped(),
                command.requestId()));
        approve(command.employeeId(), command.requestId(), command.details());
    }

    private RecordRef requireStanding(RecordKind kind, String recordId) {
        var record = new RecordRef(kind, recordId.strip());
        Boolean wasRetracted = retracted.get(record);
        if (wasRetracted == null) {
            throw new UnknownRecord(kind, record.id());
        }
        if (wasRetracted) {
            throw new RecordAlreadyRetracted(kind, record.id());
        }
        return record;
    }

    private void requireAnswers(CorrectionRequestId requestId, RecordRef record) {
        if (requestId == null) {
            return;
        }
        requireUndecided(requestId);
        if (!requests.get(requestId).equals(record)) {
            throw new CorrectionRequestForAnotherRecord(requestId, record.kind(), record.id());
        }
    }

    private void requireUndecided(CorrectionRequestId requestId) {
        if (!requests.containsKey(requestId)) {
            throw new UnknownCorrectionRequest(requestId);
        }
        if (decided.contains(requestId)) {
            throw new CorrectionRequestAlreadyDecided(requestId);
        }
    }

    private static void approve(EmployeeId employeeId, CorrectionRequestId requestId, CorrectionDetails details) {
        if (requestId != null) {
            apply(new CorrectionRequestApproved(
                    employeeId, requestId, details.approvedBy().strip()));
        }
    }

    @EventSourcingHandler
    void on(TrainingRecorded event) {
        retracted.put(new RecordRef(RecordKind.TRAINING, event.trainingId().value()), false);
    }

    @EventSourcingHandler
    void on(EvaluationRecorded event) {
        retracted.put(new RecordRef(RecordKind.EVALUATION, event.evaluationId().value()), false);
    }

    @EventSourcingHandler
    void on(Commendation event) {
        retracted.put(
                new RecordRef(RecordKind.COMMENDATION, event.commendationId().value()), false);
    }

    @EventSourcingHandler
    void on(RecordRetracted event) {
        retracted.put(new RecordRef(event.kind(), event.recordId()), true);
    }

    @EventSourcingHandler
    void on(CorrectionRequested event) {
        requests.put(event.requestId(), new RecordRef(event.kind(), event.recordId()));
    }

    @EventSourcingHandler
    void on(CorrectionRequestRejected event) {
        decided.add(event.requestId());
    }

    @EventSourcingHandler
    void on(CorrectionRequestApproved event) {
        decided.add(event.requestId());
    }
}
