package org.prawat.domain.lookup;

import java.util.HashMap;
import java.util.Map;
import org.prawat.api.employee.DuplicateNationalId;
import org.prawat.api.employee.EmployeeId;

/** Stands in for the PostgreSQL registry, which its own integration test covers. */
public class InMemoryNationalIdRegistry implements NationalIdRegistry {

    private final Map<String, EmployeeId> holders = new HashMap<>();

    @Override
    public void reserve(String nationalId, EmployeeId employeeId) {
        if (holders.putIfAbsent(nationalId, employeeId) != null) {
            throw new DuplicateNationalId(nationalId);
        }
    }

    public EmployeeId holderOf(String nationalId) {
        return holders.get(nationalId);
    }
}
