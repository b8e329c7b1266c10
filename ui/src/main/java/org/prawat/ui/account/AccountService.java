package org.prawat.ui.account;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.prawat.api.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Opens accounts, sets their passwords and disables them, keeping the rules of who may have which
 * role and scope. Used by the administrators' view, the first administrator at start-up and tests.
 */
@Service
public class AccountService {

    /** Shorter passwords are refused; long passphrases are welcome (bcrypt reads the first 72 bytes). */
    public static final int MINIMUM_PASSWORD_LENGTH = 10;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(Accounts accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    public Account open(NewAccount account, String password) {
        check(account);
        checkPassword(password);
        if (!accounts.insert(account, passwords.encode(password), clock.instant())) {
            throw AccountRefused.nameTaken(account.name());
        }
        return accounts.find(account.name()).orElseThrow();
    }

    public void resetPassword(String name, String password) {
        checkPassword(password);
        if (!accounts.changePassword(name, passwords.encode(password), clock.instant())) {
            throw AccountRefused.unknown(name);
        }
    }

    public void disable(String name) {
        if (!accounts.enable(name, false, clock.instant())) {
            throw AccountRefused.unknown(name);
        }
    }

    public void enable(String name) {
        if (!accounts.enable(name, true, clock.instant())) {
            throw AccountRefused.unknown(name);
        }
    }

    public List<Account> all() {
        return accounts.all();
    }

    public boolean exists(String name) {
        return accounts.find(name).isPresent();
    }

    public boolean anAdministratorExists() {
        return accounts.anyEnabled(Role.ADMINISTRATOR);
    }

    private void check(NewAccount account) {
        if (account.name() == null || !NAME.matcher(account.name()).matches()) {
            throw AccountRefused.badName();
        }
        switch (account.role()) {
            case SYSTEM -> throw AccountRefused.system();
            case MANAGER -> {
                if (account.unit() == null) throw AccountRefused.unitRequired();
            }
            case EMPLOYEE -> {
                if (account.employee() == null) throw AccountRefused.caseFileRequired();
            }
            case ADMINISTRATOR -> {
                if (account.unit() != null) throw AccountRefused.noUnitForAdministrator();
            }
            default -> {}
        }
        if (account.unit() != null && !accounts.unitExists(account.unit())) {
            throw AccountRefused.unknownUnit();
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.strip().length() < MINIMUM_PASSWORD_LENGTH) {
            throw AccountRefused.weakPassword(MINIMUM_PASSWORD_LENGTH);
        }
    }
}
