package org.prawat.api.history;

import java.util.List;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.organisation.OrganisationUnitId;

/**
 * An employee's case file in one view (now, as at a moment, or as of a date): who they were in that
 * view and every entry, newest business date first, each with its corrections.
 * {@code nationalIdMasked} is the national ID with all but its last digits hidden (null when the
 * registration was not seen), for the header of the case file.
 */
public record CaseHistory(
        EmployeeId employeeId,
        String employeeName,
        String position,
        String positionLevel,
        PersonnelType personnelType,
        OrganisationUnitId unitId,
        String nationalIdMasked,
        List<TimelineEntry> entries) {

    /** A case file whose national ID is not shown. */
    public CaseHistory(
            EmployeeId employeeId,
            String employeeName,
            String position,
            String positionLevel,
            PersonnelType personnelType,
            OrganisationUnitId unitId,
            List<TimelineEntry> entries) {
        this(employeeId, employeeName, position, positionLevel, personnelType, unitId, null, entries);
    }
}
