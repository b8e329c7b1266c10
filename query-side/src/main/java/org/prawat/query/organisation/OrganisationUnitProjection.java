package org.prawat.query.organisation;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.query.employee.EmployeeProjection;
import org.prawat.query.projection.Documents;
import org.prawat.query.projection.ProjectionTarget;

/**
 * Keeps {@value OrganisationUnits#INDEX} up to date. It shares the employees' processing group so
 * that a unit is always indexed before the employees registered in it are (one ordered stream).
 * A unit's document is written whole from its one creation event, so applying it twice changes
 * nothing and no last position needs storing.
 */
@ProcessingGroup(EmployeeProjection.PROCESSING_GROUP)
class OrganisationUnitProjection {

    private final ProjectionTarget target;

    OrganisationUnitProjection(ProjectionTarget target) {
        this.target = target;
    }

    @EventHandler
    void on(OrganisationUnitCreated event, EventMessage<?> message) {
        Documents units = target.documents(OrganisationUnits.INDEX);
        String parentId = event.parentId() == null ? null : event.parentId().value();
        List<String> ancestors = parentId == null
                ? List.of()
                : units.get(parentId, OrganisationUnitDocument.class)
                        .map(OrganisationUnitDocument::path)
                        .orElse(List.of(parentId));
        units.put(
                event.unitId().value(),
                new OrganisationUnitDocument(
                        event.unitId().value(), event.name(), event.kind().name(), parentId, ancestors));
    }
}
