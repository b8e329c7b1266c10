package org.prawat.domain.lookup;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitId;

public class InMemoryEmployeePlacements implements EmployeePlacements {

    private final Map<EmployeeId, OrganisationUnitId> units = new HashMap<>();

    @Override
    public void place(EmployeeId employeeId, OrganisationUnitId unitId) {
        units.put(employeeId, unitId);
    }

    public Optional<OrganisationUnitId> unitOf(EmployeeId employeeId) {
        return Optional.ofNullable(units.get(employeeId));
    }
}
