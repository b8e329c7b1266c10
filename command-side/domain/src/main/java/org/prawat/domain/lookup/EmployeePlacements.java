package org.prawat.domain.lookup;

import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitId;

/**
 * Where each case file sits now. The server's access control reads it to decide whether an employee
 * lies inside the scope of whoever asks about them; the Employee aggregate keeps it current.
 */
public interface EmployeePlacements {

    /** Records that {@code employeeId} now belongs to {@code unitId}, on registration and on every transfer. */
    void place(EmployeeId employeeId, OrganisationUnitId unitId);
}
