package org.prawat.query.organisation;

import java.io.IOException;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.query.employee.EmployeeProjection;
import org.springframework.stereotype.Component;

/**
 * Keeps {@value OrganisationUnits#INDEX} up to date. It shares the employees' processing group so
 * that a unit is always indexed before the employees registered in it are (one ordered stream).
 */
@Component
@ProcessingGroup(EmployeeProjection.PROCESSING_GROUP)
class OrganisationUnitProjection {

    private final OrganisationUnits units;

    OrganisationUnitProjection(OrganisationUnits units) {
        this.units = units;
    }

    @EventHandler
    void on(OrganisationUnitCreated event) throws IOException {
        String parentId = event.parentId() == null ? null : event.parentId().value();
        List<String> ancestors = parentId == null
                ? List.of()
                : units.find(parentId).map(OrganisationUnitDocument::path).orElse(List.of(parentId));
        units.save(new OrganisationUnitDocument(
                event.unitId().value(), event.name(), event.kind().name(), parentId, ancestors));
    }
}
