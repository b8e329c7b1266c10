package org.prawat.bench.data;

import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.SeparationReason;
import org.prawat.bench.data.OrganisationTree.Placement;
import org.prawat.bench.data.ThaiNames.Name;

/**
 * Who an employee is and the frame of their career, drawn before their case file: cheap enough to
 * draw for anyone at any time (bulk attendance and unit managers need to know who is in service).
 * {@code separatedOn} and {@code reason} are null while in service; {@code placement} has no
 * division for the head of an organisation.
 */
record Profile(
        int index,
        EmployeeId employeeId,
        String nationalId,
        Name name,
        LocalDate bornOn,
        LocalDate appointedOn,
        Placement placement,
        Position position,
        PersonnelType personnelType,
        LocalDate recordsFrom,
        LocalDate separatedOn,
        SeparationReason reason,
        Kind kind) {

    enum Kind {
        /** Heads a unit and is assigned its manager; never moves. */
        HEAD,
        /** The long, fully recorded career of the as-at query. */
        VETERAN,
        REGULAR
    }

    /** The last day on which this person can be given new records. */
    LocalDate lastDay() {
        return separatedOn == null ? BenchCalendar.TODAY : separatedOn;
    }

    boolean inServiceOn(LocalDate date) {
        return !appointedOn.isAfter(date) && (separatedOn == null || separatedOn.isAfter(date));
    }

    long serviceYearsOn(LocalDate date) {
        return java.time.temporal.ChronoUnit.YEARS.between(appointedOn, date);
    }
}
