package org.prawat.ui.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.Actor;
import org.prawat.api.security.Role;

/**
 * An account as stored, without its password: name, role, the unit whose subtree it sees (none for
 * an administrator, an auditor or HR officer of everything), the record owner's own case file, and
 * whether it may sign in now.
 */
public record Account(
        String name,
        Role role,
        OrganisationUnitId unit,
        EmployeeId employee,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        Instant createdAt,
        Instant changedAt) {

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Who this account acts as: its scope follows from its unit. A record owner's scope does not limit
     * them, because the server does: ScopeCheck refuses them every employee id but their own, and the
     * AccessPolicy every search and team timeline. (An empty scope would hide their own case file,
     * whose unit the case-file query checks against the scope.)
     */
    public Actor actor() {
        Scope scope;
        if (unit != null && role != Role.EMPLOYEE) {
            scope = Scope.of(Set.of(unit));
        } else {
            scope = Scope.everything();
        }
        return new Actor(name, role, scope, employee);
    }
}
