package org.prawat.query.employee;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.prawat.api.commendation.BonusGranted;
import org.prawat.api.commendation.CertificateOfHonourAwarded;
import org.prawat.api.commendation.Commendation;
import org.prawat.api.commendation.LetterOfPraiseIssued;
import org.prawat.api.commendation.OutstandingEmployeeAwarded;
import org.prawat.api.commendation.RoyalDecorationConferred;
import org.prawat.api.commendation.SalaryStepIncreaseGranted;
import org.prawat.api.correction.EvaluationCorrected;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.TrainingCorrected;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.query.projection.EventFacts;
import org.prawat.query.projection.ProjectionTarget;

/**
 * The sums a profile shows: training hours per fiscal year, the latest evaluation level and how
 * many trainings, evaluations and commendations are in force. A correction changes what its
 * record counts for; a retracted record no longer counts at all.
 */
@ProcessingGroup(EmployeeConfiguration.PROCESSING_GROUP)
class EmployeeRecordsProjection {

    private final EmployeeProfiles profiles;

    EmployeeRecordsProjection(ProjectionTarget target) {
        this.profiles = new EmployeeProfiles(target);
    }

    @EventHandler
    void on(TrainingRecorded event, EventMessage<?> message) {
        profiles.changeRecords(
                EventFacts.of(message),
                event.employeeId().value(),
                records -> records.withTraining(event.trainingId().value(), hours(event.training())));
    }

    @EventHandler
    void on(TrainingCorrected event, EventMessage<?> message) {
        profiles.changeRecords(
                EventFacts.of(message),
                event.employeeId().value(),
                records -> records.correctedTraining(event.trainingId().value(), hours(event.corrected())));
    }

    @EventHandler
    void on(EvaluationRecorded event, EventMessage<?> message) {
        var mark = new EvaluationMark(event.fiscalYear().value(), event.round(), event.level());
        profiles.changeRecords(
                EventFacts.of(message),
                event.employeeId().value(),
                records -> records.withEvaluation(event.evaluationId().value(), mark));
    }

    @EventHandler
    void on(EvaluationCorrected event, EventMessage<?> message) {
        profiles.changeRecords(
                EventFacts.of(message),
                event.employeeId().value(),
                records -> records.regradedEvaluation(
                        event.evaluationId().value(),
                        mark -> mark.graded(event.corrected().level())));
    }

    @EventHandler
    void on(RecordRetracted event, EventMessage<?> message) {
        profiles.changeRecords(
                EventFacts.of(message), event.employeeId().value(), records -> records.without(event.recordId()));
    }

    @EventHandler
    void on(CertificateOfHonourAwarded event, EventMessage<?> message) {
        count(event, message);
    }

    @EventHandler
    void on(SalaryStepIncreaseGranted event, EventMessage<?> message) {
        count(event, message);
    }

    @EventHandler
    void on(BonusGranted event, EventMessage<?> message) {
        count(event, message);
    }

    @EventHandler
    void on(OutstandingEmployeeAwarded event, EventMessage<?> message) {
        count(event, message);
    }

    @EventHandler
    void on(LetterOfPraiseIssued event, EventMessage<?> message) {
        count(event, message);
    }

    @EventHandler
    void on(RoyalDecorationConferred event, EventMessage<?> message) {
        count(event, message);
    }

    private void count(Commendation commendation, EventMessage<?> message) {
        profiles.changeRecords(
                EventFacts.of(message),
                commendation.employeeId().value(),
                records ->
                        records.withCommendation(commendation.commendationId().value()));
    }

    /** A training counts in the fiscal year it ended in, as the timeline files it. */
    private static FiscalYearHours hours(Training training) {
        return new FiscalYearHours(FiscalYear.containing(training.endDate()).value(), training.hours());
    }
}
