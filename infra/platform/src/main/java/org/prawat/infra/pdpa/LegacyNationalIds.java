package org.prawat.infra.pdpa;

import org.prawat.api.employee.NationalIds;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replaces national IDs that registrations before V9 left in clear in {@code national_id_registry}
 * by their digests. Needs the master key, so it cannot be a SQL migration; idempotent, and quick
 * once done (the scan finds no 13-digit rows).
 */
class LegacyNationalIds implements InitializingBean {

    private final JdbcTemplate jdbc;
    private final byte[] master;

    LegacyNationalIds(JdbcTemplate jdbc, byte[] master) {
        this.jdbc = jdbc;
        this.master = master.clone();
    }

    @Override
    public void afterPropertiesSet() {
        var clear = jdbc.queryForList(
                "SELECT national_id_digest FROM national_id_registry WHERE length(national_id_digest) = ?",
                String.class,
                NationalIds.LENGTH);
        for (String nationalId : clear) {
            jdbc.update(
                    "UPDATE national_id_registry SET national_id_digest = ? WHERE national_id_digest = ?",
                    NationalIds.pseudonym(nationalId, master),
                    nationalId);
        }
    }
}
