package org.prawat.ui.account;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after too many wrong passwords in a row (the form and HTTP Basic both count), so
 * a password cannot be guessed by trying; a right password resets the count.
 */
@Component
class SignInThrottle {

    private final Accounts accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    SignInThrottle(
            Accounts accounts,
            Clock clock,
            @Value("${prawat.sign-in.max-failures:5}") int maxFailures,
            @Value("${prawat.sign-in.lock-duration:15m}") Duration lock) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = lock;
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        accounts.failedSignIn(event.getAuthentication().getName(), maxFailures, lock, clock.instant());
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUser) {
            accounts.succeededSignIn(event.getAuthentication().getName());
        }
    }
}
