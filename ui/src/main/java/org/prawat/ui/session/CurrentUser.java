package org.prawat.ui.session;

import com.vaadin.flow.server.VaadinSession;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;

/**
 * Who uses this browser session: account, role, the units they may see ({@code scope}) and, for a
 * record owner, their own case file ({@code self}). Kept in the Vaadin session. Until sign-in with
 * passwords exists (issue 6) it is chosen on the sign-in page; every command it issues carries the
 * account as {@link MetaDataKeys#ISSUED_BY}, exactly like the HTTP API's caller.
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

    /** The user of the current session, if someone has signed in. */
    public static Optional<CurrentUser> inSession() {
        var session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(CurrentUser.class));
    }

    /** The user of the current session; views behind {@code MainLayout} always have one. */
    public static CurrentUser get() {
        return inSession().orElseThrow(() -> new IllegalStateException("Nobody has signed in"));
    }

    public void signIn() {
        VaadinSession.getCurrent().setAttribute(CurrentUser.class, this);
    }

    public static void signOut() {
        VaadinSession.getCurrent().setAttribute(CurrentUser.class, null);
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** {@code command} as a message saying who issued it and, when given, why. */
    public <C> CommandMessage<C> issue(C command, String reason) {
        var metaData = MetaData.with(MetaDataKeys.ISSUED_BY, account);
        if (reason != null && !reason.isBlank()) {
            metaData = metaData.and(MetaDataKeys.REASON, reason.strip());
        }
        return GenericCommandMessage.<C>asCommandMessage(command).withMetaData(metaData);
    }

    public <C> CommandMessage<C> issue(C command) {
        return issue(command, null);
    }
}
