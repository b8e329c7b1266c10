package org.prawat.ui.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.Role;

/** The account table in memory, for tests of what uses {@link AccountService}; no database. */
class AccountsInMemory extends Accounts {

    private final Map<String, Account> accounts = new TreeMap<>();
    private final Map<String, String> hashes = new TreeMap<>();
    private final Set<OrganisationUnitId> units;

    AccountsInMemory(Set<OrganisationUnitId> units) {
        super(null);
        this.units = Set.copyOf(units);
    }

    /** Stores an account as it stands, e.g. one locked after wrong passwords. */
    void put(Account account, String passwordHash) {
        accounts.put(account.name(), account);
        hashes.put(account.name(), passwordHash);
    }

    @Override
    boolean insert(NewAccount account, String passwordHash, Instant now) {
        if (accounts.containsKey(account.name())) {
            return false;
        }
        put(
                new Account(
                        account.name(), account.role(), account.unit(), account.employee(), true, 0, null, now, now),
                passwordHash);
        return true;
    }

    @Override
    Optional<Account> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    @Override
    Optional<String> passwordHash(String name) {
        return Optional.ofNullable(hashes.get(name));
    }

    @Override
    List<Account> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    boolean anyEnabled(Role role) {
        return accounts.values().stream().anyMatch(a -> a.role() == role && a.enabled());
    }

    @Override
    boolean unitExists(OrganisationUnitId unit) {
        return units.contains(unit);
    }

    @Override
    boolean changePassword(String name, String passwordHash, Instant now) {
        var account = accounts.get(name);
        if (account == null) {
            return false;
        }
        put(
                new Account(
                        name,
                        account.role(),
                        account.unit(),
                        account.employee(),
                        account.enabled(),
                        0,
                        null,
                        account.createdAt(),
                        now),
                passwordHash);
        return true;
    }

    @Override
    boolean enable(String name, boolean enabled, Instant now) {
        var account = accounts.get(name);
        if (account == null) {
            return false;
        }
        accounts.put(
                name,
                new Account(
                        name,
                        account.role(),
                        account.unit(),
                        account.employee(),
                        enabled,
                        account.failedAttempts(),
                        account.lockedUntil(),
                        account.createdAt(),
                        now));
        return true;
    }

    @Override
    void failedSignIn(String name, int maxFailures, Duration lock, Instant now) {}

    @Override
    void succeededSignIn(String name) {}
}
