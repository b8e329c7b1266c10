package org.prawat.ui.account;

import java.time.Clock;
import java.util.Optional;
import org.prawat.api.security.Actor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Reads an account for Spring Security, for the sign-in form and HTTP Basic alike; a locked account
 * is refused before its password is even compared.
 */
@Service
public class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    AccountDetailsService(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        var account = accounts.find(name).orElseThrow(() -> new UsernameNotFoundException(name));
        String hash = accounts.passwordHash(name).orElseThrow(() -> new UsernameNotFoundException(name));
        return new AccountUser(account, hash, account.lockedAt(clock.instant()));
    }

    /**
     * The actor of an account that signed in elsewhere (a bearer token, OpenID Connect): only an
     * enabled, unlocked local account gets a role.
     */
    public Optional<Actor> actorOf(String name) {
        return accounts.find(name)
                .filter(Account::enabled)
                .filter(account -> !account.lockedAt(clock.instant()))
                .map(Account::actor);
    }
}
