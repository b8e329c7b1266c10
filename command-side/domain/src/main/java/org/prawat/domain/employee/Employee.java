package org.prawat.domain.employee;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonMerge;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.correction.Correction;
import org.prawat.api.employee.AlreadyInUnit;
import org.prawat.api.employee.BeforeAppointment;
import org.prawat.api.employee.CaseFileClosed;
import org.prawat.api.employee.ChangePosition;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.EmployeeTransferred;
import org.prawat.api.employee.InvalidNationalId;
import org.prawat.api.employee.NationalIds;
import org.prawat.api.employee.PositionChanged;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.employee.SeparateEmployee;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnknownOrganisationUnit;
import org.prawat.api.pdpa.ErasePersonalData;
import org.prawat.api.pdpa.PersonalDataAlreadyErased;
import org.prawat.api.pdpa.PersonalDataErased;
import org.prawat.domain.BusinessDates;
import org.prawat.domain.SnapshotState;
import org.prawat.domain.commendation.Commendations;
import org.prawat.domain.correction.CorrectionRequests;
import org.prawat.domain.evaluation.Evaluations;
import org.prawat.domain.lookup.EmployeePlacements;
import org.prawat.domain.lookup.NationalIdRegistry;
import org.prawat.domain.lookup.OrganisationUnitDirectory;
import org.prawat.domain.lookup.PersonalDataShredder;
import org.prawat.domain.plan.DevelopmentPlans;
import org.prawat.domain.training.TrainingRecords;

/**
 * An employee's case file: the career (appointment, transfers, positions, separation) here, the
 * development records in the members below, all in one event stream per person.
 *
 * <p>A recently used case file stays in memory between commands ({@link EmployeeCache}); any other
 * is loaded from its latest snapshot ({@link EmployeeSnapshots}). The revision
 * is the shape of that snapshot: bump it with any change to the fields of this class or of a member
 * (see {@link SnapshotState}), so that snapshots of the old shape are ignored rather than misread.
 */
@Aggregate(
        snapshotTriggerDefinition = EmployeeSnapshots.TRIGGER,
        snapshotFilter = EmployeeSnapshots.FILTER,
        cache = EmployeeCache.CACHE)
@Revision("2")
@SnapshotState
public class Employee {

    @AggregateIdentifier
    private EmployeeId employeeId;

    private OrganisationUnitId unitId;
    private String position;
    private LocalDate appointedOn;
    private LocalDate separatedOn;
    private boolean personalDataErased;

    @AggregateMember
    @JsonMerge
    private final TrainingRecords trainings = new TrainingRecords();

    @AggregateMember
    @JsonMerge
    private final Evaluations evaluations = new Evaluations();

    @AggregateMember
    @JsonMerge
    private final Commendations commendations = new Commendations(evaluations::isStanding);

    @AggregateMember
    @JsonMerge
    private final CorrectionRequests corrections = new CorrectionRequests(trainings, evaluations, commendations);

    @AggregateMember
    @JsonMerge
    private final DevelopmentPlans plans = new DevelopmentPlans(trainings::isStanding);

    @CommandHandler
    public Employee(
            RegisterEmployee command,
            NationalIdRegistry nationalIds,
            OrganisationUnitDirectory units,
            EmployeePlacements placements,
            Clock clock) {
        String nationalId = NationalIds.normalise(command.nationalId());
        if (!NationalIds.isValid(nationalId)) {
            throw new InvalidNationalId();
        }
        BusinessDates.requirePlausible(
                command.appointedOn(), "วันที่บรรจุแต่งตั้ง", "The appointment date", LocalDate.now(clock));
        if (!units.exists(command.unitId())) {
            throw new UnknownOrganisationUnit(command.unitId());
        }
        // Last, so that a refused command has reserved nothing.
        nationalIds.reserve(nationalId, command.employeeId());
        placements.place(command.employeeId(), command.unitId());
        apply(new EmployeeRegistered(
                command.employeeId(),
                nationalId,
                command.title().strip(),
                command.firstName().strip(),
                command.lastName().strip(),
                command.personnelType(),
                command.unitId(),
                command.position().strip(),
                levelOrNull(command.level()),
                command.appointedOn()));
    }

    protected Employee() {
        // for Axon, which rebuilds the case file from its events
    }

    /**
     * After separation the case file only takes corrections and correction requests ({@link
     * Correction}), and erasure: a person who has left may still ask for their data to be erased.
     */
    @CommandHandlerInterceptor
    Object refuseNewRecordsAfterSeparation(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        Object payload = command.getPayload();
        if (separatedOn != null && !(payload instanceof Correction) && !(payload instanceof ErasePersonalData)) {
            throw new CaseFileClosed(separatedOn);
        }
        return chain.proceed();
    }

    @CommandHandler
    void handle(TransferEmployee command, OrganisationUnitDirectory units, EmployeePlacements placements, Clock clock) {
        requireCareerDate(command.effectiveOn(), clock);
        if (!units.exists(command.toUnitId())) {
            throw new UnknownOrganisationUnit(command.toUnitId());
        }
        if (command.toUnitId().equals(unitId)) {
            throw new AlreadyInUnit();
        }
        placements.place(employeeId, command.toUnitId());
        apply(new EmployeeTransferred(
                employeeId, unitId, command.toUnitId(), command.orderNumber().strip(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(ChangePosition command, Clock clock) {
        requireCareerDate(command.effectiveOn(), clock);
        apply(new PositionChanged(
                employeeId,
                position,
                command.position().strip(),
                levelOrNull(command.level()),
                command.orderNumber().strip(),
                command.effectiveOn()));
    }

    @CommandHandler
    void handle(SeparateEmployee command, Clock clock) {
        requireCareerDate(command.effectiveOn(), clock);
        apply(new EmployeeSeparated(
                employeeId, command.reason(), command.orderNumber().strip(), command.effectiveOn()));
    }

    /**
     * Irreversible: the key is destroyed in this transaction, so the personal fields of every
     * stored event of this case file read as erased from the moment the erasure commits.
     */
    @CommandHandler
    void handle(ErasePersonalData command, PersonalDataShredder shredder) {
        if (personalDataErased) {
            throw new PersonalDataAlreadyErased();
        }
        apply(
                new PersonalDataErased(
                        employeeId,
                        command.legalBasis().strip(),
                        command.requestReference().strip()),
                MetaData.with(MetaDataKeys.REASON, command.reason().strip()));
        shredder.shred(employeeId);
    }

    private static String levelOrNull(String level) {
        return level == null || level.isBlank() ? null : level.strip();
    }

    private void requireCareerDate(LocalDate effectiveOn, Clock clock) {
        BusinessDates.requirePlausible(effectiveOn, "วันที่มีผล", "The effective date", LocalDate.now(clock));
        if (effectiveOn.isBefore(appointedOn)) {
            throw new BeforeAppointment(effectiveOn, appointedOn);
        }
    }

    @EventSourcingHandler
    void on(EmployeeRegistered event) {
        employeeId = event.employeeId();
        unitId = event.unitId();
        position = event.position();
        appointedOn = event.appointedOn();
    }

    @EventSourcingHandler
    void on(EmployeeTransferred event) {
        unitId = event.toUnitId();
    }

    @EventSourcingHandler
    void on(PositionChanged event) {
        position = event.position();
    }

    @EventSourcingHandler
    void on(EmployeeSeparated event) {
        separatedOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        personalDataErased = true;
    }
}
