package org.prawat.domain.lookup;

import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs inside the command's Spring transaction (Axon's SpringTransactionManager), so the row
 * commits or rolls back with the {@code EmployeeRegistered} or {@code EmployeeTransferred} event.
 */
@Component
public class JdbcEmployeePlacements implements EmployeePlacements {

    private final JdbcTemplate jdbc;

    public JdbcEmployeePlacements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void place(EmployeeId employeeId, OrganisationUnitId unitId) {
        jdbc.update(
                "INSERT INTO employee_placement (employee_id, unit_id) VALUES (?, ?)"
                        + " ON CONFLICT (employee_id) DO UPDATE SET unit_id = EXCLUDED.unit_id, placed_at = now()",
                employeeId.value(),
                unitId.value());
    }
}
