package org.prawat.ui;

import java.nio.charset.StandardCharsets;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.Role;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.account.NewAccount;
import org.springframework.http.HttpHeaders;

/**
 * Accounts the integration tests sign in with, opened through the real {@link AccountService} the
 * first time a test needs them (the test database outlives one run, so opening is idempotent).
 */
public final class TestAccounts {

    /** Every test account's password; long enough for the password rule. */
    public static final String PASSWORD = "test-password-of-prawat-2569";

    private TestAccounts() {}

    /** An account of {@code role} with {@code unit} (null for everything), opened unless it exists. */
    public static String ensure(AccountService accounts, String name, Role role, OrganisationUnitId unit) {
        if (!accounts.exists(name)) {
            accounts.open(new NewAccount(name, role, unit, null), PASSWORD);
        }
        return name;
    }

    /** An HR officer who sees everything (the ministry's central HR). */
    public static String hrOfficer(AccountService accounts, String name) {
        return ensure(accounts, name, Role.HR_OFFICER, null);
    }

    /** A read-only account whose scope is {@code unit}'s subtree. */
    public static String auditorOf(AccountService accounts, String unit) {
        return ensure(accounts, "auditor-" + unit, Role.AUDITOR, new OrganisationUnitId(unit));
    }

    public static void basic(HttpHeaders headers, String account) {
        headers.setBasicAuth(account, PASSWORD, StandardCharsets.UTF_8);
    }
}
