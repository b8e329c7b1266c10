package org.prawat.domain.lookup;

import java.util.HashSet;
import java.util.Set;
import org.prawat.api.employee.EmployeeId;

/** Stands in for the PostgreSQL registry the real directory reads. */
public class InMemoryEmployeeDirectory implements EmployeeDirectory {

    private final Set<EmployeeId> employees = new HashSet<>();

    @Override
    public boolean exists(EmployeeId employeeId) {
        return employees.contains(employeeId);
    }

    public void register(EmployeeId employeeId) {
        employees.add(employeeId);
    }
}
