package org.prawat.domain.lookup;

import java.util.ArrayList;
import java.util.List;
import org.prawat.api.employee.EmployeeId;

/** Stands in for the PostgreSQL shredder, which the erasure integration test covers. */
public class InMemoryPersonalDataShredder implements PersonalDataShredder {

    private final List<EmployeeId> shredded = new ArrayList<>();

    @Override
    public void shred(EmployeeId employeeId) {
        shredded.add(employeeId);
    }

    public List<EmployeeId> shredded() {
        return List.copyOf(shredded);
    }
}
