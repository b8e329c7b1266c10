package org.prawat.domain.lookup;

import org.prawat.api.employee.EmployeeId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the national ID registry, which holds exactly one row per case file, written in the same
 * transaction as its {@code EmployeeRegistered} event: a row exists exactly when the employee does.
 */
@Component
public class JdbcEmployeeDirectory implements EmployeeDirectory {

    private final JdbcTemplate jdbc;

    public JdbcEmployeeDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(EmployeeId employeeId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM national_id_registry WHERE employee_id = ?)",
                Boolean.class,
                employeeId.value()));
    }
}
