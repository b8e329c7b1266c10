package org.prawat.ui.account;

import java.util.Collection;
import java.util.List;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.Actor;
import org.prawat.api.security.Role;
import org.prawat.infra.security.ActingAs;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in account as Spring Security keeps it in the session: plain values only (the session
 * may be serialised), the {@link Actor} rebuilt from them whenever a command or query asks who acts.
 */
final class AccountUser implements UserDetails, CredentialsContainer, ActingAs {

    private final String name;
    private String passwordHash;
    private final Role role;
    private final String unit;
    private final String employee;
    private final boolean enabled;
    private final boolean locked;

    AccountUser(Account account, String passwordHash, boolean locked) {
        this.name = account.name();
        this.passwordHash = passwordHash;
        this.role = account.role();
        this.unit = account.unit() == null ? null : account.unit().value();
        this.employee = account.employee() == null ? null : account.employee().value();
        this.enabled = account.enabled();
        this.locked = locked;
    }

    @Override
    public Actor actor() {
        return new Account(
                        name,
                        role,
                        unit == null ? null : new OrganisationUnitId(unit),
                        employee == null ? null : new EmployeeId(employee),
                        enabled,
                        0,
                        null,
                        null,
                        null)
                .actor();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return name;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return name + " (" + role + ")";
    }
}
