package org.prawat.infra.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.prawat.api.security.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actor of the current thread, read from Spring Security's context: the signed-in user of a
 * browser or HTTP request, or whoever {@link #callAs} put there (the application's own work, tests).
 * A principal is understood when it is an {@link Actor} or {@link ActingAs} one.
 */
public final class CurrentActor {

    private CurrentActor() {}

    public static Optional<Actor> get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Actor> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof Actor actor) {
            return Optional.of(actor);
        }
        if (principal instanceof ActingAs acting) {
            return Optional.of(acting.actor());
        }
        return Optional.empty();
    }

    /** Runs {@code work} on this thread as {@code actor}, then restores whoever acted before. */
    public static <T> T callAs(Actor actor, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ActorAuthentication(actor));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(Actor actor, Runnable work) {
        callAs(actor, () -> {
            work.run();
            return null;
        });
    }
}
