package org.prawat.ui;

import org.prawat.api.history.Scope;
import org.prawat.api.security.Actor;
import org.prawat.api.security.Role;
import org.prawat.infra.security.CurrentActor;

/**
 * Tests that send commands through the gateways as a named person: the server stamps who sent a
 * message from Spring Security's context (ActorStamp), never from metadata the sender wrote.
 */
public final class TestActors {

    private TestActors() {}

    /** A person of {@code role} who sees everything. */
    public static Actor of(String account, Role role) {
        return new Actor(account, role, Scope.everything(), null);
    }

    /** Runs {@code work} as the HR officer {@code account}, who sees everything. */
    public static void asHrOfficer(String account, Runnable work) {
        CurrentActor.runAs(of(account, Role.HR_OFFICER), work);
    }
}
