package org.prawat.query.timeline;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.EmployeeTransferred;
import org.prawat.api.employee.NationalIds;
import org.prawat.api.employee.PositionChanged;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.api.organisation.OrganisationUnitMoved;
import org.prawat.api.pdpa.PersonalDataErased;
import org.prawat.query.projection.EventFacts;
import org.prawat.query.projection.ProjectionTarget;

/**
 * Career events as timeline entries, and who the employee is now on every entry of theirs. Keeps its
 * own unit paths (in the same processing group, so always as far as the employees' events) rather
 * than reading another processor's index that may not have caught up.
 */
@ProcessingGroup(TimelineConfiguration.PROCESSING_GROUP)
class TimelineCareerProjection {

    private final TimelineStore store;

    TimelineCareerProjection(ProjectionTarget target) {
        this.store = new TimelineStore(target);
    }

    @EventHandler
    void on(OrganisationUnitCreated event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        var path = new ArrayList<String>();
        if (event.parentId() != null) {
            path.addAll(store.unitPath(event.parentId().value()));
        }
        path.add(event.unitId().value());
        store.putUnit(facts, new TimelineUnit(event.unitId().value(), List.copyOf(path), facts.position()));
    }

    @EventHandler
    void on(OrganisationUnitMoved event, EventMessage<?> message) {
        var newPath = new ArrayList<>(store.unitPath(event.newParentId().value()));
        newPath.add(event.unitId().value());
        store.moveUnit(EventFacts.of(message), event.unitId().value(), List.copyOf(newPath));
    }

    @EventHandler
    void on(EmployeeRegistered event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        String employeeId = event.employeeId().value();
        String unitId = event.unitId().value();
        var entryIds = store.person(employeeId).map(TimelinePerson::entryIds).orElse(List.of());
        store.putPerson(
                facts,
                new TimelinePerson(
                        employeeId,
                        CareerContent.fullName(event),
                        event.position(),
                        event.level(),
                        event.personnelType(),
                        unitId,
                        store.unitPath(unitId),
                        entryIds,
                        facts.position(),
                        NationalIds.mask(event.nationalId())));
        store.open(facts, employeeId, careerEntryId(employeeId, facts), CareerContent.of(event));
    }

    @EventHandler
    void on(EmployeeTransferred event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        String employeeId = event.employeeId().value();
        String unitId = event.toUnitId().value();
        store.changePerson(
                facts, employeeId, person -> person.inUnit(unitId, store.unitPath(unitId), facts.position()));
        store.open(facts, employeeId, careerEntryId(employeeId, facts), CareerContent.of(event));
    }

    @EventHandler
    void on(PositionChanged event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        String employeeId = event.employeeId().value();
        store.changePerson(
                facts, employeeId, person -> person.withPosition(event.position(), event.level(), facts.position()));
        store.open(facts, employeeId, careerEntryId(employeeId, facts), CareerContent.of(event));
    }

    /** The name goes from the person and from every entry that repeats it; the entries stay. */
    @EventHandler
    void on(PersonalDataErased event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        String employeeId = event.employeeId().value();
        String name = store.person(employeeId).map(TimelinePerson::employeeName).orElse(null);
        store.changePerson(
                facts, employeeId, person -> person.erased(facts.position()), entry -> entry.withoutName(name));
    }

    @EventHandler
    void on(EmployeeSeparated event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        String employeeId = event.employeeId().value();
        store.open(facts, employeeId, careerEntryId(employeeId, facts), CareerContent.of(event));
    }

    /** A career event has no record id of its own; the event's id makes one that a replay finds again. */
    private static String careerEntryId(String employeeId, EventFacts facts) {
        return employeeId + ":" + facts.eventId();
    }
}
