package org.prawat.domain.employee;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.InvalidNationalId;
import org.prawat.api.employee.NationalIds;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.organisation.UnknownOrganisationUnit;
import org.prawat.domain.evaluation.Evaluations;
import org.prawat.domain.organisation.OrganisationUnitDirectory;

/** An employee's case file: the history of one person's career and development. */
@Aggregate
public class Employee {

    @AggregateIdentifier
    private EmployeeId employeeId;

    @AggregateMember
    private final Evaluations evaluations = new Evaluations();

    @CommandHandler
    public Employee(RegisterEmployee command, NationalIdRegistry nationalIds, OrganisationUnitDirectory units) {
        String nationalId = NationalIds.normalise(command.nationalId());
        if (!NationalIds.isValid(nationalId)) {
            throw new InvalidNationalId();
        }
        if (!units.exists(command.unitId())) {
            throw new UnknownOrganisationUnit(command.unitId());
        }
        // Last, so that a refused command has reserved nothing.
        nationalIds.reserve(nationalId, command.employeeId());
        apply(new EmployeeRegistered(
                command.employeeId(),
                nationalId,
                command.title().strip(),
                command.firstName().strip(),
                command.lastName().strip(),
                command.unitId(),
                command.position().strip(),
                command.appointedOn()));
    }

    protected Employee() {
        // for Axon, which rebuilds the case file from its events
    }

    @EventSourcingHandler
    void on(EmployeeRegistered event) {
        employeeId = event.employeeId();
    }
}
