package org.prawat.domain.training;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionChangesNothing;
import org.prawat.api.correction.RecordAlreadyRetracted;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.TrainingCorrected;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.SubmitTrainingReport;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingAlreadyRecorded;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.api.training.TrainingReportAlreadySubmitted;
import org.prawat.api.training.TrainingReportSubmitted;
import org.prawat.api.training.UnknownTraining;
import org.prawat.domain.BusinessDates;
import org.prawat.domain.SameContent;
import org.prawat.domain.SnapshotState;

/** The trainings of one case file; part of the Employee aggregate. */
@SnapshotState
public class TrainingRecords {

    /** What each training record says now, after any corrections. */
    private final Map<TrainingId, Training> current = new HashMap<>();

    private final Set<TrainingId> reported = new HashSet<>();
    private final Set<TrainingId> retracted = new HashSet<>();

    @CommandHandler
    void handle(RecordTraining command, Clock clock) {
        if (current.containsKey(command.trainingId())) {
            throw new TrainingAlreadyRecorded(command.trainingId());
        }
        TrainingRules.requirePlausible(command.training(), LocalDate.now(clock));
        apply(new TrainingRecorded(command.employeeId(), command.trainingId(), command.training()));
    }

    @CommandHandler
    void handle(SubmitTrainingReport command, Clock clock) {
        requireStanding(command.trainingId());
        if (reported.contains(command.trainingId())) {
            throw new TrainingReportAlreadySubmitted(command.trainingId());
        }
        BusinessDates.requirePlausible(
                command.submittedOn(), "วันที่ส่งรายงาน", "The report date", LocalDate.now(clock));
        apply(new TrainingReportSubmitted(
                command.employeeId(),
                command.trainingId(),
                command.whatWasLearned().strip(),
                command.howItWillBeApplied().strip(),
                command.submittedOn()));
    }

    /**
     * Writes the corrected content beside the current one. Called by the case file's correction
     * desk, which has already checked the request the correction answers.
     */
    public void correct(CorrectTraining command, LocalDate today) {
        requireStanding(command.trainingId());
        TrainingRules.requirePlausible(command.corrected(), today);
        if (SameContent.of(current.get(command.trainingId()), command.corrected())) {
            throw new CorrectionChangesNothing(
                    RecordKind.TRAINING, command.trainingId().value());
        }
        apply(new TrainingCorrected(
                command.employeeId(),
                command.trainingId(),
                current.get(command.trainingId()),
                command.corrected(),
                command.details().stripped(),
                command.requestId()));
    }

    /** True when the training is recorded in this case file and was not retracted: it still counts. */
    public boolean isStanding(TrainingId trainingId) {
        return current.containsKey(trainingId) && !retracted.contains(trainingId);
    }

    private void requireStanding(TrainingId trainingId) {
        if (!current.containsKey(trainingId)) {
            throw new UnknownTraining(trainingId);
        }
        if (retracted.contains(trainingId)) {
            throw new RecordAlreadyRetracted(RecordKind.TRAINING, trainingId.value());
        }
    }

    @EventSourcingHandler
    void on(TrainingRecorded event) {
        current.put(event.trainingId(), event.training());
    }

    @EventSourcingHandler
    void on(TrainingReportSubmitted event) {
        reported.add(event.trainingId());
    }

    @EventSourcingHandler
    void on(TrainingCorrected event) {
        current.put(event.trainingId(), event.corrected());
    }

    @EventSourcingHandler
    void on(RecordRetracted event) {
        if (event.kind() == RecordKind.TRAINING) {
            retracted.add(new TrainingId(event.recordId()));
        }
    }
}
