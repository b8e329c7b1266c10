package org.prawat.query.employee;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.NationalIds;
import org.prawat.query.organisation.OrganisationUnitDocument;
import org.prawat.query.organisation.OrganisationUnits;
import org.springframework.stereotype.Component;

/**
 * Projects case-file events into the {@value #INDEX} index. Documents are written whole under the
 * employee id, so delivering an event twice leaves the same document (idempotent on replay).
 */
@Component
@ProcessingGroup(EmployeeProjection.PROCESSING_GROUP)
public class EmployeeProjection {

    public static final String PROCESSING_GROUP = "employees";
    static final String INDEX = "employees";

    private final ElasticsearchClient client;
    private final OrganisationUnits units;

    EmployeeProjection(ElasticsearchClient client, OrganisationUnits units) {
        this.client = client;
        this.units = units;
    }

    @EventHandler
    void on(EmployeeRegistered event) throws IOException {
        String unitId = event.unitId().value();
        var unit = units.find(unitId);
        var document = new EmployeeDocument(
                event.employeeId().value(),
                event.title(),
                event.firstName(),
                event.lastName(),
                event.title() + event.firstName() + " " + event.lastName(),
                event.firstName() + " " + event.lastName(),
                event.position(),
                unitId,
                unit.map(OrganisationUnitDocument::name).orElse(null),
                unit.map(OrganisationUnitDocument::path).orElse(List.of(unitId)),
                NationalIds.mask(event.nationalId()),
                event.appointedOn());
        client.index(i -> i.index(INDEX).id(document.employeeId()).document(document));
    }
}
