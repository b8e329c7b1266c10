package org.prawat.domain.lookup;

import org.prawat.api.employee.DuplicateNationalId;
import org.prawat.api.employee.EmployeeId;

/** One case file per national ID: a rule over all employees that no single {@link Employee} can check. */
public interface NationalIdRegistry {

    /**
     * Claims the normalised {@code nationalId} for {@code employeeId}.
     *
     * @throws DuplicateNationalId when another case file holds it
     */
    void reserve(String nationalId, EmployeeId employeeId);
}
