package org.prawat.infra.security;

import java.util.List;
import java.util.Optional;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitId;

/** Where people and units sit in the organisation tree now, as the access checks need it. */
public interface PlacementLookup {

    /** The employee's current unit; empty for an id that names no case file. */
    Optional<OrganisationUnitId> unitOf(EmployeeId employeeId);

    /** The ids of {@code unit} and of every unit above it, up to its ministry; empty for an unknown unit. */
    List<String> pathOf(OrganisationUnitId unit);
}
