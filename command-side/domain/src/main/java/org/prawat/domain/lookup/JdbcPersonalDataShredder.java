package org.prawat.domain.lookup;

import org.prawat.api.employee.EmployeeId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs inside the command's Spring transaction (see {@link JdbcNationalIdRegistry}): the key is
 * gone exactly when {@code PersonalDataErased} is stored. The registry row stays, without its
 * digest, because it also tells that the case file exists ({@link JdbcEmployeeDirectory}).
 * Snapshots are written by the general serializer in clear; the next load replays the events.
 */
@Component
public class JdbcPersonalDataShredder implements PersonalDataShredder {

    private final JdbcTemplate jdbc;

    public JdbcPersonalDataShredder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void shred(EmployeeId employeeId) {
        jdbc.update("DELETE FROM personal_data_keys WHERE employee_id = ?", employeeId.value());
        jdbc.update(
                "UPDATE national_id_registry SET national_id_digest = NULL, erased_at = now() WHERE employee_id = ?",
                employeeId.value());
        jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", employeeId.value());
    }
}
