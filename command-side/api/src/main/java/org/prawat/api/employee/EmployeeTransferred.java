package org.prawat.api.employee;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.organisation.OrganisationUnitId;

/** The employee moved from one unit to another by order {@code orderNumber}, from {@code effectiveOn}. */
@Revision("1")
public record EmployeeTransferred(
        EmployeeId employeeId,
        OrganisationUnitId fromUnitId,
        OrganisationUnitId toUnitId,
        String orderNumber,
        LocalDate effectiveOn) {}
