package org.prawat.infra.pdpa;

import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data keys in PostgreSQL, each wrapped (AES-GCM) by the master key with the employee id as
 * associated data, so that a database dump alone reveals no key and a wrapped key moved to another
 * person's row does not unwrap.
 */
class JdbcPersonalDataKeys implements PersonalDataKeys {

    private final JdbcTemplate jdbc;
    private final SecretKey master;

    JdbcPersonalDataKeys(JdbcTemplate jdbc, SecretKey master) {
        this.jdbc = jdbc;
        this.master = master;
    }

    @Override
    public Optional<SecretKey> find(String employeeId) {
        return jdbc
                .query(
                        "SELECT key FROM personal_data_keys WHERE employee_id = ?",
                        (row, n) -> row.getBytes("key"),
                        employeeId)
                .stream()
                .findFirst()
                .map(wrapped -> unwrap(wrapped, employeeId));
    }

    @Override
    public SecretKey findOrCreate(String employeeId) {
        // DO NOTHING rather than catching a key violation, which would abort the whole transaction.
        byte[] wrapped = AesGcm.encrypt(master, AesGcm.newKey().getEncoded(), employeeId);
        jdbc.update(
                "INSERT INTO personal_data_keys (employee_id, key) VALUES (?, ?) ON CONFLICT (employee_id) DO NOTHING",
                employeeId,
                wrapped);
        return find(employeeId).orElseThrow();
    }

    private SecretKey unwrap(byte[] wrapped, String employeeId) {
        try {
            return AesGcm.key(AesGcm.decrypt(master, wrapped, employeeId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The data key of " + employeeId
                            + " does not unwrap: is prawat.pdpa.master-key the one it was made with?",
                    e);
        }
    }
}
