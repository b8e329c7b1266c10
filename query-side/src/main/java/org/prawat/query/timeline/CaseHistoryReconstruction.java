package org.prawat.query.timeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.EmployeeTransferred;
import org.prawat.api.employee.PositionChanged;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistoryAsAt;
import org.prawat.api.history.FindCaseHistoryAsOf;
import org.prawat.api.history.Scope;
import org.prawat.query.projection.ElasticsearchDocuments;
import org.springframework.stereotype.Component;

/**
 * Answers the as-at and as-of queries from the event store, never from the index: the case file's
 * events are folded in memory by {@link CaseHistoryFold}. Whether the caller may see the case file
 * is decided on the employee's unit now (all events), whatever view is asked for.
 */
@Component
class CaseHistoryReconstruction {

    private final EventStore eventStore;
    private final ElasticsearchClient client;

    CaseHistoryReconstruction(EventStore eventStore, ElasticsearchClient client) {
        this.eventStore = eventStore;
        this.client = client;
    }

    /** Only the events recorded at or before the moment: what the record said then. */
    @QueryHandler
    Optional<CaseHistory> handle(FindCaseHistoryAsAt query) {
        return reconstruct(
                query.employeeId(),
                query.scope(),
                event -> !event.getTimestamp().isAfter(query.asAt()),
                entry -> true);
    }

    /**
     * Every event as known now, except career changes that took effect after the date (so the unit
     * and position are those held that day), and only the records dated up to it.
     */
    @QueryHandler
    Optional<CaseHistory> handle(FindCaseHistoryAsOf query) {
        return reconstruct(
                query.employeeId(),
                query.scope(),
                event -> !effectiveAfter(event.getPayload(), query.asOf()),
                entry -> !entry.businessDate().isAfter(query.asOf()));
    }

    private Optional<CaseHistory> reconstruct(
            EmployeeId employeeId,
            Scope scope,
            Predicate<DomainEventMessage<?>> eventInView,
            Predicate<TimelineEntryDocument> entryInView) {
        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(employeeId.value(), 0).asStream().toList();
        // Where the person sits now follows from the career events alone: folding those, not the
        // whole case file, keeps the check cheap (a 500-event file has a handful of them).
        boolean visible = fold(events.stream()
                        .filter(event -> placesThePerson(event.getPayload()))
                        .toList())
                .person(employeeId.value())
                .filter(now -> scope.covers(now.unitPath()))
                .isPresent();
        if (!visible) {
            return Optional.empty();
        }
        var fold = fold(events.stream().filter(eventInView).toList());
        return fold.person(employeeId.value())
                .map(person -> person.history(
                        fold.entries(person).stream().filter(entryInView).toList()));
    }

    private CaseHistoryFold fold(List<? extends DomainEventMessage<?>> events) {
        return new CaseHistoryFold(new ElasticsearchDocuments(client, TimelineStore.UNITS)).apply(events);
    }

    private static boolean placesThePerson(Object payload) {
        return payload instanceof EmployeeRegistered || payload instanceof EmployeeTransferred;
    }

    private static boolean effectiveAfter(Object payload, LocalDate date) {
        LocalDate effectiveOn = null;
        if (payload instanceof EmployeeTransferred transferred) {
            effectiveOn = transferred.effectiveOn();
        } else if (payload instanceof PositionChanged changed) {
            effectiveOn = changed.effectiveOn();
        } else if (payload instanceof EmployeeSeparated separated) {
            effectiveOn = separated.effectiveOn();
        }
        return effectiveOn != null && effectiveOn.isAfter(date);
    }
}
