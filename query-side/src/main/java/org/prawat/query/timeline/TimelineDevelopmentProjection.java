package org.prawat.query.timeline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.prawat.api.plan.DevelopmentPlanPrepared;
import org.prawat.api.plan.PlannedActivityAdded;
import org.prawat.api.plan.PlannedActivityDropped;
import org.prawat.api.plan.TrainingLinkedToPlannedActivity;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.api.training.TrainingReportSubmitted;
import org.prawat.query.projection.EventFacts;
import org.prawat.query.projection.ProjectionTarget;

/** Trainings, the participants' reports on them, and development plans as timeline entries. */
@ProcessingGroup(TimelineConfiguration.PROCESSING_GROUP)
class TimelineDevelopmentProjection {

    private final TimelineStore store;

    TimelineDevelopmentProjection(ProjectionTarget target) {
        this.store = new TimelineStore(target);
    }

    @EventHandler
    void on(TrainingRecorded event, EventMessage<?> message) {
        store.open(
                EventFacts.of(message),
                event.employeeId().value(),
                event.trainingId().value(),
                TrainingContent.of(event.training()));
    }

    @EventHandler
    void on(TrainingReportSubmitted event, EventMessage<?> message) {
        String courseTitle = store.entry(event.trainingId().value())
                .map(training -> training.details().get("courseTitle"))
                .orElse(null);
        store.open(
                EventFacts.of(message),
                event.employeeId().value(),
                TrainingContent.reportEntryId(event.trainingId()),
                TrainingContent.of(event, courseTitle));
    }

    @EventHandler
    void on(DevelopmentPlanPrepared event, EventMessage<?> message) {
        store.open(
                EventFacts.of(message),
                event.employeeId().value(),
                event.planId().value(),
                PlanContent.of(event));
    }

    @EventHandler
    void on(PlannedActivityAdded event, EventMessage<?> message) {
        store.change(
                EventFacts.of(message),
                event.planId().value(),
                plan -> plan.saying(PlanContent.withActivity(plan, event.activity())));
    }

    @EventHandler
    void on(PlannedActivityDropped event, EventMessage<?> message) {
        store.change(
                EventFacts.of(message),
                event.planId().value(),
                plan -> plan.saying(PlanContent.dropped(plan, event.activityId(), event.reason())));
    }

    @EventHandler
    void on(TrainingLinkedToPlannedActivity event, EventMessage<?> message) {
        store.change(
                EventFacts.of(message),
                event.planId().value(),
                plan -> plan.saying(PlanContent.linked(plan, event.activityId(), event.trainingId())));
    }
}
