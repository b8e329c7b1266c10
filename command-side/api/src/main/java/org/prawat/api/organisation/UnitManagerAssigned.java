package org.prawat.api.organisation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * {@code managerId} became the unit's manager with effect from {@code effectiveOn}, succeeding
 * {@code previousManagerId} (null when the unit had no manager before).
 */
@Revision("1")
public record UnitManagerAssigned(
        OrganisationUnitId unitId, EmployeeId previousManagerId, EmployeeId managerId, LocalDate effectiveOn) {}
