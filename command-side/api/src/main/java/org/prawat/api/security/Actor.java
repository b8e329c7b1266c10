package org.prawat.api.security;

import java.util.Objects;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;

/**
 * Who sends a command or a query: the signed-in account (or a service account of the HTTP API),
 * its role, the organisation units it may see ({@code scope}, each with its subtree) and, for a
 * record owner, their own case file ({@code self}). Set by the server from the authenticated
 * session, never taken from what a caller says about itself.
 */
public record Actor(String account, Role role, Scope scope, EmployeeId self) {

    public Actor {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        if (role == Role.EMPLOYEE) {
            Objects.requireNonNull(self, "a record owner's own case file");
        }
    }

    /** The application itself doing {@code what}, e.g. {@code demo-data}: sees and may do everything. */
    public static Actor system(String what) {
        return new Actor("system:" + what, Role.SYSTEM, Scope.everything(), null);
    }

    public boolean is(Role other) {
        return role == other;
    }
}
