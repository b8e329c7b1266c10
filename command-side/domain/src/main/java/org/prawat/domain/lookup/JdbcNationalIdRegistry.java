package org.prawat.domain.lookup;

import java.util.Base64;
import org.prawat.api.employee.DuplicateNationalId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.NationalIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Race-safe because it runs inside the command's Spring transaction (Axon's
 * SpringTransactionManager): the reservation commits or rolls back with the
 * {@code EmployeeRegistered} event, and a concurrent reservation of the same ID waits on the primary
 * key until then. The table keeps a keyed digest of the national ID, never the ID itself
 * ({@link NationalIds#pseudonym}), so that an erasure can leave nothing of it behind.
 */
@Component
public class JdbcNationalIdRegistry implements NationalIdRegistry {

    private final JdbcTemplate jdbc;

    private final byte[] secret;

    public JdbcNationalIdRegistry(JdbcTemplate jdbc, @Value("${prawat.pdpa.master-key}") String masterKey) {
        this.jdbc = jdbc;
        this.secret = Base64.getDecoder().decode(masterKey.strip());
    }

    @Override
    public void reserve(String nationalId, EmployeeId employeeId) {
        // DO NOTHING rather than catching a key violation, which would abort the whole transaction.
        int inserted = jdbc.update(
                "INSERT INTO national_id_registry (national_id_digest, employee_id) VALUES (?, ?)"
                        + " ON CONFLICT (national_id_digest) DO NOTHING",
                NationalIds.pseudonym(nationalId, secret),
                employeeId.value());
        if (inserted == 0) {
            throw new DuplicateNationalId(nationalId);
        }
    }
}
