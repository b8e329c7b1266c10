package org.prawat.ui.session;

import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;
import org.prawat.api.security.Actor;
import org.prawat.api.security.Role;
import org.prawat.infra.security.CurrentActor;

/**
 * Who uses this browser session: account, role, the units they may see ({@code scope}) and, for a
 * record owner, their own case file ({@code self}). Read from the account that signed in (Spring
 * Security's context of the request), never chosen in the browser; every command it issues carries
 * the account as {@link MetaDataKeys#ISSUED_BY}, exactly like the HTTP API's caller.
 */
public record CurrentUser(String account, Role role, Scope scope, EmployeeId self) {

    public CurrentUser {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        if (role == Role.EMPLOYEE) {
            Objects.requireNonNull(self, "a record owner's own case file");
        }
    }

    public static CurrentUser of(Actor actor) {
        return new CurrentUser(actor.account(), actor.role(), actor.scope(), actor.self());
    }

    /** The signed-in user of this request, if any; the application's own work is nobody's session. */
    public static Optional<CurrentUser> inSession() {
        return CurrentActor.get().filter(actor -> !actor.is(Role.SYSTEM)).map(CurrentUser::of);
    }

    /** The user of the current session; views behind {@code MainLayout} always have one. */
    public static CurrentUser get() {
        return inSession().orElseThrow(() -> new IllegalStateException("Nobody has signed in"));
    }

    public Actor actor() {
        return new Actor(account, role, scope, self);
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** The bundle key of the role's name. */
    public String roleKey() {
        return "role." + role.name();
    }

    /** {@code command} as a message saying who issued it, in which role and, when given, why. */
    public <C> CommandMessage<C> issue(C command, String reason) {
        var metaData = MetaData.with(MetaDataKeys.ISSUED_BY, account).and(MetaDataKeys.ACTING_ROLE, role.name());
        if (reason != null && !reason.isBlank()) {
            metaData = metaData.and(MetaDataKeys.REASON, reason.strip());
        }
        return GenericCommandMessage.<C>asCommandMessage(command).withMetaData(metaData);
    }

    public <C> CommandMessage<C> issue(C command) {
        return issue(command, null);
    }
}
