package org.prawat.api.employee;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.pdpa.PersonalData;

/**
 * An employee's case file was opened. {@code nationalId} is the normalised 13 digits;
 * {@code appointedOn} is the business date (the record time is the event's timestamp). Revision 2
 * added {@code personnelType} and {@code level}: both null in case files opened before, where they
 * were not recorded; {@code level} is also null when none was given. The national ID, title and
 * names are {@link PersonalData}: stored encrypted, and null once the person's data was erased.
 */
@Revision("2")
public record EmployeeRegistered(
        EmployeeId employeeId,
        @PersonalData String nationalId,
        @PersonalData String title,
        @PersonalData String firstName,
        @PersonalData String lastName,
        PersonnelType personnelType,
        OrganisationUnitId unitId,
        String position,
        String level,
        LocalDate appointedOn) {}
