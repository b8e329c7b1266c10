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
 * elasticsearch/indices/employees.json): who they are now, where they sit, and the sums of their
 * records in force. {@code lastGlobalIndex} is the position of the last event applied to it.
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
        List<FiscalYearHours> trainingHours,
        int trainingCount,
        EvaluationLevel evaluationLevel,
        int evaluationCount,
        int commendationCount,
        EmployeeRecords records,
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
                        List.of(),
                        0,
                        null,
                        0,
                        0,
                        EmployeeRecords.none(),
                        position)
                .inUnit(unit);
        return event.firstName() == null ? profile.erased() : profile;
    }

    /** The same profile without name or national ID (the name parts say so); the records and their sums stay. */
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
                trainingHours,
                trainingCount,
                evaluationLevel,
                evaluationCount,
                commendationCount,
                records,
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
                trainingHours,
                trainingCount,
                evaluationLevel,
                evaluationCount,
                commendationCount,
                records,
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
                trainingHours,
                trainingCount,
                evaluationLevel,
                evaluationCount,
                commendationCount,
                records,
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
                trainingHours,
                trainingCount,
                evaluationLevel,
                evaluationCount,
                commendationCount,
                records,
                lastGlobalIndex);
    }

    /** The profile counting {@code newRecords}: every sum is worked out again from them. */
    EmployeeDocument counting(EmployeeRecords newRecords) {
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
                newRecords.hoursPerFiscalYear(),
                newRecords.trainings().size(),
                newRecords.latestEvaluationLevel(),
                newRecords.evaluations().size(),
                newRecords.commendations().size(),
                newRecords,
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
                trainingHours,
                trainingCount,
                evaluationLevel,
                evaluationCount,
                commendationCount,
                records,
                position);
    }
}
