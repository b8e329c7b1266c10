package org.prawat.query.timeline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.prawat.query.projection.Documents;
import org.prawat.query.projection.InMemoryProjectionTarget;
import org.prawat.query.projection.ProjectionTarget;

/**
 * Folds one case file's events into its timeline entries, in memory, with the very projections
 * that keep the live index: what the as-at and as-of queries rebuild cannot disagree with it.
 * Unit paths are read from the live {@value TimelineStore#UNITS} index: a case file's own events
 * do not say where its units sit.
 */
final class CaseHistoryFold {

    /** Newest business date first; of one day, the last recorded first. */
    static final Comparator<TimelineEntryDocument> NEWEST_FIRST = Comparator.comparing(
                    TimelineEntryDocument::businessDate)
            .thenComparing(TimelineEntryDocument::recordedAt)
            .thenComparing(TimelineEntryDocument::entryId)
            .reversed();

    private final TimelineStore store;
    private final List<AnnotationEventHandlerAdapter> projections;

    CaseHistoryFold(Documents liveUnits) {
        var target = new InMemoryProjectionTarget().readingThrough(TimelineStore.UNITS, liveUnits);
        this.store = new TimelineStore(target);
        this.projections = projections(target).stream()
                .map(AnnotationEventHandlerAdapter::new)
                .toList();
    }

    static List<Object> projections(ProjectionTarget target) {
        return List.of(
                new TimelineCareerProjection(target),
                new TimelineDevelopmentProjection(target),
                new TimelineMeritProjection(target),
                new TimelineCorrectionProjection(target));
    }

    /** Applies {@code events} of one stream, in order; their sequence numbers stand for positions. */
    CaseHistoryFold apply(List<? extends DomainEventMessage<?>> events) {
        for (var event : events) {
            var tracked = new GenericTrackedDomainEventMessage<>(
                    new GlobalSequenceTrackingToken(event.getSequenceNumber()), event);
            for (var projection : projections) {
                if (projection.canHandle(tracked)) {
                    try {
                        projection.handle(tracked);
                    } catch (Exception e) {
                        throw new IllegalStateException(
                                "Folding " + event.getPayloadType().getSimpleName(), e);
                    }
                }
            }
        }
        return this;
    }

    Optional<TimelinePerson> person(String employeeId) {
        return store.person(employeeId);
    }

    /** The employee's entries, newest first. */
    List<TimelineEntryDocument> entries(TimelinePerson person) {
        return store.entries(person.entryIds()).stream().sorted(NEWEST_FIRST).toList();
    }
}
