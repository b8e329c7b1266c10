package org.prawat.query.timeline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.prawat.api.correction.CommendationCorrected;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.CorrectionRequestApproved;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.CorrectionRequestRejected;
import org.prawat.api.correction.CorrectionRequested;
import org.prawat.api.correction.EvaluationCorrected;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.TrainingCorrected;
import org.prawat.api.history.EntryCorrection;
import org.prawat.query.projection.EventFacts;
import org.prawat.query.projection.ProjectionTarget;

/**
 * Corrections and retractions strike an entry through: the entry says the corrected content from
 * then on and keeps what it said before in its corrections. Also the owners' correction requests.
 */
@ProcessingGroup(TimelineConfiguration.PROCESSING_GROUP)
class TimelineCorrectionProjection {

    private final TimelineStore store;

    TimelineCorrectionProjection(ProjectionTarget target) {
        this.store = new TimelineStore(target);
    }

    @EventHandler
    void on(TrainingCorrected event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        store.change(
                facts,
                event.trainingId().value(),
                training -> training.corrected(
                        TrainingContent.of(event.corrected()),
                        correction(facts, false, event.details(), event.requestId(), training)));
        store.change(
                facts,
                TrainingContent.reportEntryId(event.trainingId()),
                report -> TrainingContent.retitled(report, event.corrected().courseTitle()));
    }

    @EventHandler
    void on(EvaluationCorrected event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        store.change(
                facts,
                event.evaluationId().value(),
                evaluation -> evaluation.corrected(
                        EvaluationContent.of(
                                EvaluationContent.roundOf(evaluation), event.corrected(), evaluation.details()),
                        correction(facts, false, event.details(), event.requestId(), evaluation)));
    }

    @EventHandler
    void on(CommendationCorrected event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        store.change(
                facts,
                event.commendationId().value(),
                commendation -> commendation.corrected(
                        CommendationContent.of(event.corrected()),
                        correction(facts, false, event.details(), event.requestId(), commendation)));
    }

    @EventHandler
    void on(RecordRetracted event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        store.change(
                facts,
                event.recordId(),
                record -> record.retracted(correction(facts, true, event.details(), event.requestId(), record)));
        if (event.kind() == RecordKind.TRAINING) {
            // A report on a training that should never have been recorded no longer counts either.
            store.change(
                    facts,
                    TrainingContent.reportEntryId(event.recordId()),
                    report -> report.retracted(correction(facts, true, event.details(), event.requestId(), report)));
        }
    }

    @EventHandler
    void on(CorrectionRequested event, EventMessage<?> message) {
        store.open(
                EventFacts.of(message),
                event.employeeId().value(),
                event.requestId().value(),
                CorrectionRequestContent.of(event));
    }

    @EventHandler
    void on(CorrectionRequestApproved event, EventMessage<?> message) {
        store.change(
                EventFacts.of(message),
                event.requestId().value(),
                request -> request.saying(CorrectionRequestContent.approved(request, event)));
    }

    @EventHandler
    void on(CorrectionRequestRejected event, EventMessage<?> message) {
        store.change(
                EventFacts.of(message),
                event.requestId().value(),
                request -> request.saying(CorrectionRequestContent.rejected(request, event)));
    }

    private static EntryCorrection correction(
            EventFacts facts,
            boolean retraction,
            CorrectionDetails details,
            CorrectionRequestId requestId,
            TimelineEntryDocument before) {
        return new EntryCorrection(
                facts.recordedAt(),
                retraction,
                details.reason(),
                details.evidenceReference(),
                details.approvedBy(),
                requestId,
                before.title(),
                before.details());
    }
}
