package org.prawat.domain.lookup;

import org.prawat.api.employee.EmployeeId;

/** Which employees have a case file, for commands of other aggregates that name one. */
public interface EmployeeDirectory {

    boolean exists(EmployeeId employeeId);
}
