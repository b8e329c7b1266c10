package org.prawat.ui.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code account} table (V5). Only {@link AccountService} and sign-in read the password hash. */
@Repository
class Accounts {

    private static final String COLUMNS = "account_name, role, unit_id, employee_id, enabled, failed_attempts,"
            + " locked_until, created_at, changed_at";

    private final JdbcTemplate jdbc;

    Accounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the account unless the name is taken; answers whether it did. */
    boolean insert(NewAccount account, String passwordHash, Instant now) {
        return jdbc.update(
                        """
                        INSERT INTO account (account_name, password_hash, role, unit_id, employee_id, created_at, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_name) DO NOTHING""",
                        account.name(),
                        passwordHash,
                        account.role().name(),
                        account.unit() == null ? null : account.unit().value(),
                        account.employee() == null ? null : account.employee().value(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                == 1;
    }

    Optional<Account> find(String name) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM account WHERE account_name = ?", Accounts::account, name)
                .stream()
                .findFirst();
    }

    Optional<String> passwordHash(String name) {
        return jdbc
                .queryForList("SELECT password_hash FROM account WHERE account_name = ?", String.class, name)
                .stream()
                .findFirst();
    }

    List<Account> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM account ORDER BY account_name", Accounts::account);
    }

    boolean anyEnabled(Role role) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM account WHERE role = ? AND enabled)", Boolean.class, role.name()));
    }

    boolean unitExists(OrganisationUnitId unit) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM organisation_unit_lookup WHERE unit_id = ?)",
                Boolean.class,
                unit.value()));
    }

    /** A new password also lifts a lock: the administrator who sets it has vouched for the person. */
    boolean changePassword(String name, String passwordHash, Instant now) {
        return jdbc.update(
                        """
                        UPDATE account SET password_hash = ?, failed_attempts = 0, locked_until = NULL, changed_at = ?
                        WHERE account_name = ?""",
                        passwordHash,
                        Timestamp.from(now),
                        name)
                == 1;
    }

    boolean enable(String name, boolean enabled, Instant now) {
        return jdbc.update(
                        "UPDATE account SET enabled = ?, changed_at = ? WHERE account_name = ?",
                        enabled,
                        Timestamp.from(now),
                        name)
                == 1;
    }

    /**
     * Counts a failed sign-in; the {@code maxFailures}-th in a row locks the account for {@code lock}
     * and starts the count again, so the next failures after the lock lock it again.
     */
    void failedSignIn(String name, int maxFailures, Duration lock, Instant now) {
        jdbc.update(
                """
                UPDATE account SET
                    locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END,
                    failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END
                WHERE account_name = ?""",
                maxFailures,
                Timestamp.from(now.plus(lock)),
                maxFailures,
                name);
    }

    void succeededSignIn(String name) {
        jdbc.update("UPDATE account SET failed_attempts = 0 WHERE account_name = ? AND failed_attempts > 0", name);
    }

    private static Account account(ResultSet row, int rowNum) throws SQLException {
        String unit = row.getString("unit_id");
        String employee = row.getString("employee_id");
        Timestamp lockedUntil = row.getTimestamp("locked_until");
        return new Account(
                row.getString("account_name"),
                Role.valueOf(row.getString("role")),
                unit == null ? null : new OrganisationUnitId(unit),
                employee == null ? null : new EmployeeId(employee),
                row.getBoolean("enabled"),
                row.getInt("failed_attempts"),
                lockedUntil == null ? null : lockedUntil.toInstant(),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("changed_at").toInstant());
    }
}
