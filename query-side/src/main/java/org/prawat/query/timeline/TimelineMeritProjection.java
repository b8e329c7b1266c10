package org.prawat.query.timeline;

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
import org.prawat.api.evaluation.EvaluationAcknowledged;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.EvaluationReviewed;
import org.prawat.query.projection.EventFacts;
import org.prawat.query.projection.ProjectionTarget;

/** Evaluations (with their review and acknowledgement) and every kind of commendation as timeline entries. */
@ProcessingGroup(TimelineConfiguration.PROCESSING_GROUP)
class TimelineMeritProjection {

    private final TimelineStore store;

    TimelineMeritProjection(ProjectionTarget target) {
        this.store = new TimelineStore(target);
    }

    @EventHandler
    void on(EvaluationRecorded event, EventMessage<?> message) {
        store.open(
                EventFacts.of(message),
                event.employeeId().value(),
                event.evaluationId().value(),
                EvaluationContent.of(event));
    }

    @EventHandler
    void on(EvaluationReviewed event, EventMessage<?> message) {
        store.change(
                EventFacts.of(message),
                event.evaluationId().value(),
                evaluation -> evaluation.saying(EvaluationContent.reviewed(evaluation, event)));
    }

    @EventHandler
    void on(EvaluationAcknowledged event, EventMessage<?> message) {
        store.change(
                EventFacts.of(message),
                event.evaluationId().value(),
                evaluation -> evaluation.saying(EvaluationContent.acknowledged(evaluation, event)));
    }

    @EventHandler
    void on(CertificateOfHonourAwarded event, EventMessage<?> message) {
        open(event, message);
    }

    @EventHandler
    void on(SalaryStepIncreaseGranted event, EventMessage<?> message) {
        open(event, message);
    }

    @EventHandler
    void on(BonusGranted event, EventMessage<?> message) {
        open(event, message);
    }

    @EventHandler
    void on(OutstandingEmployeeAwarded event, EventMessage<?> message) {
        open(event, message);
    }

    @EventHandler
    void on(LetterOfPraiseIssued event, EventMessage<?> message) {
        open(event, message);
    }

    @EventHandler
    void on(RoyalDecorationConferred event, EventMessage<?> message) {
        open(event, message);
    }

    private void open(Commendation commendation, EventMessage<?> message) {
        store.open(
                EventFacts.of(message),
                commendation.employeeId().value(),
                commendation.commendationId().value(),
                CommendationContent.of(commendation));
    }
}
