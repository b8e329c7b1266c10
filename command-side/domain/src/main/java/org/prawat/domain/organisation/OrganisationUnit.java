package org.prawat.domain.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.UnknownEmployee;
import org.prawat.api.organisation.AssignUnitManager;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.ManagerAlreadyAssigned;
import org.prawat.api.organisation.MinistryCannotMove;
import org.prawat.api.organisation.MissingParentUnit;
import org.prawat.api.organisation.MoveOrganisationUnit;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.OrganisationUnitMoved;
import org.prawat.api.organisation.OrganisationUnitRenamed;
import org.prawat.api.organisation.RenameOrganisationUnit;
import org.prawat.api.organisation.UnitAlreadyNamed;
import org.prawat.api.organisation.UnitAlreadyUnderParent;
import org.prawat.api.organisation.UnitKind;
import org.prawat.api.organisation.UnitManagerAssigned;
import org.prawat.api.organisation.UnitMoveWouldCreateCycle;
import org.prawat.api.organisation.UnknownOrganisationUnit;
import org.prawat.domain.BusinessDates;
import org.prawat.domain.lookup.EmployeeDirectory;
import org.prawat.domain.lookup.OrganisationUnitDirectory;

/**
 * A ministry, province, organisation, division or section in the organisation tree. Its id never
 * changes, so everything recorded against it survives renames and moves.
 */
@Aggregate
public class OrganisationUnit {

    @AggregateIdentifier
    private OrganisationUnitId unitId;

    private String name;
    private UnitKind kind;
    private OrganisationUnitId parentId;
    private EmployeeId managerId;

    @CommandHandler
    public OrganisationUnit(CreateOrganisationUnit command, OrganisationUnitDirectory directory, Clock clock) {
        LocalDate effectiveOn = command.effectiveOn() == null ? LocalDate.now(clock) : command.effectiveOn();
        requirePlausibleEffectiveDate(effectiveOn, clock);
        if (command.parentId() == null && command.kind() != UnitKind.MINISTRY) {
            throw new MissingParentUnit();
        }
        if (command.parentId() != null && !directory.exists(command.parentId())) {
            throw new UnknownOrganisationUnit(command.parentId());
        }
        directory.register(command.unitId(), command.parentId());
        apply(new OrganisationUnitCreated(
                command.unitId(), command.name().strip(), command.kind(), command.parentId(), effectiveOn));
    }

    protected OrganisationUnit() {
        // for Axon, which rebuilds the unit from its events
    }

    @CommandHandler
    void handle(RenameOrganisationUnit command, Clock clock) {
        requirePlausibleEffectiveDate(command.effectiveOn(), clock);
        String newName = command.newName().strip();
        if (newName.equals(name)) {
            throw new UnitAlreadyNamed(name);
        }
        apply(new OrganisationUnitRenamed(unitId, name, newName, command.effectiveOn()));
    }

    @CommandHandler
    void handle(MoveOrganisationUnit command, OrganisationUnitDirectory directory, Clock clock) {
        requirePlausibleEffectiveDate(command.effectiveOn(), clock);
        OrganisationUnitId newParentId = command.newParentId();
        if (kind == UnitKind.MINISTRY) {
            throw new MinistryCannotMove(unitId);
        }
        if (newParentId.equals(parentId)) {
            throw new UnitAlreadyUnderParent(newParentId);
        }
        if (!directory.exists(newParentId)) {
            throw new UnknownOrganisationUnit(newParentId);
        }
        if (directory.isAncestorOrSelf(unitId, newParentId)) {
            throw new UnitMoveWouldCreateCycle(unitId, newParentId);
        }
        directory.move(unitId, newParentId);
        apply(new OrganisationUnitMoved(unitId, parentId, newParentId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(AssignUnitManager command, EmployeeDirectory employees, Clock clock) {
        requirePlausibleEffectiveDate(command.effectiveOn(), clock);
        if (command.managerId().equals(managerId)) {
            throw new ManagerAlreadyAssigned(managerId);
        }
        if (!employees.exists(command.managerId())) {
            throw new UnknownEmployee(command.managerId());
        }
        apply(new UnitManagerAssigned(unitId, managerId, command.managerId(), command.effectiveOn()));
    }

    private static void requirePlausibleEffectiveDate(LocalDate effectiveOn, Clock clock) {
        BusinessDates.requirePlausible(effectiveOn, "วันที่มีผล", "Effective date", LocalDate.now(clock));
    }

    @EventSourcingHandler
    void on(OrganisationUnitCreated event) {
        unitId = event.unitId();
        name = event.name();
        kind = event.kind();
        parentId = event.parentId();
    }

    @EventSourcingHandler
    void on(OrganisationUnitRenamed event) {
        name = event.newName();
    }

    @EventSourcingHandler
    void on(OrganisationUnitMoved event) {
        parentId = event.newParentId();
    }

    @EventSourcingHandler
    void on(UnitManagerAssigned event) {
        managerId = event.managerId();
    }
}
