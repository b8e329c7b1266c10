package org.prawat.bench.run;

import java.util.List;
import java.util.function.Supplier;
import org.prawat.api.correction.RequestCorrection;
import org.prawat.api.history.Scope;
import org.prawat.api.security.Actor;
import org.prawat.api.security.Role;
import org.prawat.infra.security.CurrentActor;

/**
 * Who sends each message, as the people who would send it in an office: the HR officer for case
 * files, the administrator for the organisation tree, the record owner for their own correction
 * request, the auditor for past states. Never the application itself ({@link Role#SYSTEM}), which
 * skips the access check whose cost belongs in the figures.
 */
final class Senders {

    static final Actor HR_OFFICER = new Actor("bench.hr.officer", Role.HR_OFFICER, Scope.everything(), null);
    static final Actor ADMINISTRATOR = new Actor("bench.admin", Role.ADMINISTRATOR, Scope.everything(), null);
    static final Actor AUDITOR = new Actor("bench.auditor", Role.AUDITOR, Scope.everything(), null);

    private static final String ORGANISATION_PACKAGE = "org.prawat.api.organisation";

    private Senders() {}

    static Actor of(Object command) {
        if (command.getClass().getPackageName().equals(ORGANISATION_PACKAGE)) {
            return ADMINISTRATOR;
        }
        if (command instanceof RequestCorrection request) {
            return new Actor(
                    "bench.owner." + request.employeeId(), Role.EMPLOYEE, Scope.of(List.of()), request.employeeId());
        }
        return HR_OFFICER;
    }

    static <T> T as(Actor actor, Supplier<T> work) {
        return CurrentActor.callAs(actor, work);
    }
}
