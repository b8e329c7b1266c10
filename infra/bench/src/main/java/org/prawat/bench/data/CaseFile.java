package org.prawat.bench.data;

import java.util.List;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitId;

/**
 * One employee's generated case file: {@code commands} start with the registration and follow the
 * business dates; {@code events} is how many events they store.
 */
public record CaseFile(EmployeeId employeeId, OrganisationUnitId unitId, List<Object> commands, int events) {
    public CaseFile {
        commands = List.copyOf(commands);
    }
}
