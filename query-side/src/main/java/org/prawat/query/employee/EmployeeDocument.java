package org.prawat.query.employee;

import java.time.LocalDate;
import java.util.List;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.NationalIds;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.pdpa.Erasure;

/**
 * One employee's profile in the {@value EmployeeProfiles#PROFILES} index (see
 * elasticsearch/indices/employees.json): who they are now, where they sit, and the level of their
 * latest evaluation in force (search filters on it). The records it counts are kept apart, in
 * {@link CountedRecords}. {@code lastGlobalIndex} is the position of the last event applied to it.
 */
record EmployeeDocument(
        String employeeId,
        String nameTitle,
        String firstName,
        String lastName,
        String fullName,
        String sortName,
        String position,
        String positionLevel,
        PersonnelType personnelType,
        String unitId,
        String unitName,
        List<String> unitPath,
        EmploymentStatus status,
        LocalDate appointedOn,
        String nationalIdMasked,
        EvaluationLevel evaluationLevel,
        long lastGlobalIndex) {

    /** Read after the person's erasure (a rebuild), the registration names nobody: the profile is erased. */
    static EmployeeDocument registered(EmployeeRegistered event, EmployeeUnit unit, long position) {
        var profile = new EmployeeDocument(
                        event.employeeId().value(),
                        event.title(),
                        event.firstName(),
                        event.lastName(),
                        event.title() + event.firstName() + " " + event.lastName(),
                        event.firstName() + " " + event.lastName(),
                        event.position(),
                        event.level(),
                        event.personnelType(),
                        null,
                        null,
                        List.of(),
                        EmploymentStatus.ACTIVE,
                        event.appointedOn(),
                        NationalIds.mask(event.nationalId()),
                        null,
                        position)
                .inUnit(unit);
        return event.firstName() == null ? profile.erased() : profile;
    }

    /** The same profile without name or national ID (the name parts say so); what her records count stays. */
    EmployeeDocument erased() {
        return new EmployeeDocument(
                employeeId,
                "",
                Erasure.ERASED,
                "",
                Erasure.ERASED,
                Erasure.ERASED,
                position,
                positionLevel,
                personnelType,
                unitId,
                unitName,
                unitPath,
                status,
                appointedOn,
                Erasure.ERASED,
                evaluationLevel,
                lastGlobalIndex);
    }

    EmployeeDocument inUnit(EmployeeUnit unit) {
        return new EmployeeDocument(
                employeeId,
                nameTitle,
                firstName,
                lastName,
                fullName,
                sortName,
                position,
                positionLevel,
                personnelType,
                unit.unitId(),
                unit.name(),
                unit.unitPath(),
                status,
                appointedOn,
                nationalIdMasked,
                evaluationLevel,
                lastGlobalIndex);
    }

    EmployeeDocument inPosition(String newPosition, String newLevel) {
        return new EmployeeDocument(
                employeeId,
                nameTitle,
                firstName,
                lastName,
                fullName,
                sortName,
                newPosition,
                newLevel,
                personnelType,
                unitId,
                unitName,
                unitPath,
                status,
                appointedOn,
                nationalIdMasked,
                evaluationLevel,
                lastGlobalIndex);
    }

    EmployeeDocument separated() {
        return new EmployeeDocument(
                employeeId,
                nameTitle,
                firstName,
                lastName,
                fullName,
                sortName,
                position,
                positionLevel,
                personnelType,
                unitId,
                unitName,
                unitPath,
                EmploymentStatus.SEPARATED,
                appointedOn,
                nationalIdMasked,
                evaluationLevel,
                lastGlobalIndex);
    }

    /** The profile at the level of the latest round evaluated (null before the first evaluation). */
    EmployeeDocument evaluated(EvaluationLevel latestLevel) {
        return new EmployeeDocument(
                employeeId,
                nameTitle,
                firstName,
                lastName,
                fullName,
                sortName,
                position,
                positionLevel,
                personnelType,
                unitId,
                unitName,
                unitPath,
                status,
                appointedOn,
                nationalIdMasked,
                latestLevel,
                lastGlobalIndex);
    }

    EmployeeDocument at(long position) {
        return new EmployeeDocument(
                employeeId,
                nameTitle,
                firstName,
                lastName,
                fullName,
                sortName,
                this.position,
                positionLevel,
                personnelType,
                unitId,
                unitName,
                unitPath,
                status,
                appointedOn,
                nationalIdMasked,
                evaluationLevel,
                position);
    }
}
