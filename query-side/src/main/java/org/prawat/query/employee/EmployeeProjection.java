package org.prawat.query.employee;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.EmployeeTransferred;
import org.prawat.api.employee.PositionChanged;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.api.organisation.OrganisationUnitMoved;
import org.prawat.api.organisation.OrganisationUnitRenamed;
import org.prawat.api.pdpa.PersonalDataErased;
import org.prawat.query.projection.EventFacts;
import org.prawat.query.projection.ProjectionTarget;

/**
 * Who each employee is now and where they sit. Keeps its own unit lookup (in the same processing
 * group, so a unit is always known before the employees placed in it) rather than reading another
 * processor's index that may not have caught up.
 */
@ProcessingGroup(EmployeeConfiguration.PROCESSING_GROUP)
class EmployeeProjection {

    private final EmployeeProfiles profiles;

    EmployeeProjection(ProjectionTarget target) {
        this.profiles = new EmployeeProfiles(target);
    }

    @EventHandler
    void on(OrganisationUnitCreated event, EventMessage<?> message) {
        String parentId = event.parentId() == null ? null : event.parentId().value();
        profiles.createUnit(EventFacts.of(message), event.unitId().value(), event.name(), parentId);
    }

    @EventHandler
    void on(OrganisationUnitRenamed event, EventMessage<?> message) {
        profiles.renameUnit(EventFacts.of(message), event.unitId().value(), event.newName());
    }

    @EventHandler
    void on(OrganisationUnitMoved event, EventMessage<?> message) {
        profiles.moveUnit(
                EventFacts.of(message),
                event.unitId().value(),
                event.newParentId().value());
    }

    @EventHandler
    void on(EmployeeRegistered event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        var unit = profiles.unit(event.unitId().value());
        profiles.register(facts, EmployeeDocument.registered(event, unit, facts.position()));
    }

    @EventHandler
    void on(EmployeeTransferred event, EventMessage<?> message) {
        var unit = profiles.unit(event.toUnitId().value());
        profiles.change(EventFacts.of(message), event.employeeId().value(), profile -> profile.inUnit(unit));
    }

    @EventHandler
    void on(PositionChanged event, EventMessage<?> message) {
        profiles.change(
                EventFacts.of(message),
                event.employeeId().value(),
                profile -> profile.inPosition(event.position(), event.level()));
    }

    @EventHandler
    void on(PersonalDataErased event, EventMessage<?> message) {
        profiles.change(EventFacts.of(message), event.employeeId().value(), EmployeeDocument::erased);
    }

    @EventHandler
    void on(EmployeeSeparated event, EventMessage<?> message) {
        profiles.change(EventFacts.of(message), event.employeeId().value(), EmployeeDocument::separated);
    }
}
