package org.prawat.domain.lookup;

import org.prawat.api.employee.DuplicateNationalId;
import org.prawat.api.employee.EmployeeId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Race-safe because it runs inside the command's Spring transaction (Axon's
 * SpringTransactionManager): the reservation commits or rolls back with the
 * {@code EmployeeRegistered} event, and a concurrent reservation of the same ID waits on the primary
 * key until then.
 */
@Component
public class JdbcNationalIdRegistry implements NationalIdRegistry {

    private final JdbcTemplate jdbc;

    public JdbcNationalIdRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void reserve(String nationalId, EmployeeId employeeId) {
        // DO NOTHING rather than catching a key violation, which would abort the whole transaction.
        int inserted = jdbc.update(
                "INSERT INTO national_id_registry (national_id, employee_id) VALUES (?, ?)"
                        + " ON CONFLICT (national_id) DO NOTHING",
                nationalId,
                employeeId.value());
        if (inserted == 0) {
            throw new DuplicateNationalId(nationalId);
        }
    }
}
