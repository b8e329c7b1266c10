package org.prawat.api.employee;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.organisation.OrganisationUnitId;

/**
 * An employee's case file was opened. {@code nationalId} is the normalised 13 digits;
 * {@code appointedOn} is the business date (the record time is the event's timestamp).
 */
@Revision("1")
public record EmployeeRegistered(
        EmployeeId employeeId,
        String nationalId,
        String title,
        String firstName,
        String lastName,
        OrganisationUnitId unitId,
        String position,
        LocalDate appointedOn) {}
