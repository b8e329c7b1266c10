package org.prawat.domain.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.MissingParentUnit;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;
import org.prawat.api.organisation.UnknownOrganisationUnit;

/** A ministry, province, organisation, division or section in the organisation tree. */
@Aggregate
public class OrganisationUnit {

    @AggregateIdentifier
    private OrganisationUnitId unitId;

    @CommandHandler
    public OrganisationUnit(CreateOrganisationUnit command, OrganisationUnitDirectory directory) {
        if (command.parentId() == null && command.kind() != UnitKind.MINISTRY) {
            throw new MissingParentUnit();
        }
        if (command.parentId() != null && !directory.exists(command.parentId())) {
            throw new UnknownOrganisationUnit(command.parentId());
        }
        directory.register(command.unitId(), command.parentId());
        apply(new OrganisationUnitCreated(
                command.unitId(), command.name().strip(), command.kind(), command.parentId()));
    }

    protected OrganisationUnit() {
        // for Axon, which rebuilds the unit from its events
    }

    @EventSourcingHandler
    void on(OrganisationUnitCreated event) {
        unitId = event.unitId();
    }
}
