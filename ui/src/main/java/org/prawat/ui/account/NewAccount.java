package org.prawat.ui.account;

import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.Role;

/**
 * An account to open: its name, role, unit (required for a manager, none for an administrator) and,
 * for a record owner, their case file. The password is given separately and never kept in clear.
 */
public record NewAccount(String name, Role role, OrganisationUnitId unit, EmployeeId employee) {

    public static NewAccount administrator(String name) {
        return new NewAccount(name, Role.ADMINISTRATOR, null, null);
    }
}
