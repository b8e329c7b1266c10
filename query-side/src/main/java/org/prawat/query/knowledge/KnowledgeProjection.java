package org.prawat.query.knowledge;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.TrainingCorrected;
import org.prawat.api.course.CourseCreated;
import org.prawat.api.course.CourseSessionScheduled;
import org.prawat.api.knowledge.KnowledgeItemArchived;
import org.prawat.api.knowledge.KnowledgeItemPublished;
import org.prawat.api.knowledge.KnowledgeItemRevised;
import org.prawat.api.knowledge.KnowledgeKind;
import org.prawat.api.training.TrainingReportSubmitted;
import org.prawat.query.projection.EventFacts;
import org.prawat.query.projection.ProjectionTarget;

/** Courses, post-training reports and knowledge items as documents of the knowledge index. */
@ProcessingGroup(KnowledgeConfiguration.PROCESSING_GROUP)
class KnowledgeProjection {

    /** Titles a report whose training was never seen (its course title is unknown). */
    static final String UNTITLED_REPORT = "รายงานผลการอบรม";

    private final KnowledgeStore store;

    KnowledgeProjection(ProjectionTarget target) {
        this.store = new KnowledgeStore(target);
    }

    @EventHandler
    void on(CourseCreated event, EventMessage<?> message) {
        store.open(
                EventFacts.of(message),
                KnowledgeDocument.course(event.courseId().value(), event.title(), CourseText.of(event)),
                null);
    }

    @EventHandler
    void on(CourseSessionScheduled event, EventMessage<?> message) {
        var session = CourseSession.of(event);
        store.change(
                EventFacts.of(message),
                KnowledgeDocument.idOf(KnowledgeKind.COURSE, event.courseId().value()),
                course -> course.sessions().stream().anyMatch(s -> s.sessionId().equals(session.sessionId()))
                        ? course
                        : course.withSession(session, CourseText.of(event)));
    }

    @EventHandler
    void on(TrainingReportSubmitted event, EventMessage<?> message) {
        String trainingId = event.trainingId().value();
        String title =
                store.training(trainingId).map(KnowledgeTraining::courseTitle).orElse(UNTITLED_REPORT);
        store.open(
                EventFacts.of(message),
                KnowledgeDocument.written(
                        KnowledgeKind.TRAINING_REPORT,
                        trainingId,
                        title,
                        event.whatWasLearned() + "\n" + event.howItWillBeApplied(),
                        List.of(),
                        event.submittedOn(),
                        null,
                        null),
                event.employeeId().value());
    }

    @EventHandler
    void on(TrainingCorrected event, EventMessage<?> message) {
        store.change(
                EventFacts.of(message),
                KnowledgeDocument.idOf(
                        KnowledgeKind.TRAINING_REPORT, event.trainingId().value()),
                report -> report.titled(event.corrected().courseTitle()));
    }

    /** A retracted training never happened as recorded, so the report on it no longer counts. */
    @EventHandler
    void on(RecordRetracted event, EventMessage<?> message) {
        if (event.kind() == RecordKind.TRAINING) {
            store.change(
                    EventFacts.of(message),
                    KnowledgeDocument.idOf(KnowledgeKind.TRAINING_REPORT, event.recordId()),
                    report -> report.inStatus(KnowledgeStatus.RETRACTED));
        }
    }

    @EventHandler
    void on(KnowledgeItemPublished event, EventMessage<?> message) {
        store.open(
                EventFacts.of(message),
                KnowledgeDocument.written(
                        KnowledgeKind.KNOWLEDGE_ITEM,
                        event.knowledgeItemId().value(),
                        event.title(),
                        event.body(),
                        event.topics(),
                        event.publishedOn(),
                        1,
                        event.source() == null
                                ? null
                                : event.source().trainingId().value()),
                event.author().value());
    }

    @EventHandler
    void on(KnowledgeItemRevised event, EventMessage<?> message) {
        store.change(
                EventFacts.of(message),
                KnowledgeDocument.idOf(
                        KnowledgeKind.KNOWLEDGE_ITEM, event.knowledgeItemId().value()),
                item -> item.saying(event.title(), event.body(), event.topics(), event.revisedOn(), event.revision()));
    }

    @EventHandler
    void on(KnowledgeItemArchived event, EventMessage<?> message) {
        store.change(
                EventFacts.of(message),
                KnowledgeDocument.idOf(
                        KnowledgeKind.KNOWLEDGE_ITEM, event.knowledgeItemId().value()),
                item -> item.inStatus(KnowledgeStatus.ARCHIVED));
    }
}
