package org.prawat.domain.organisation;

import org.prawat.api.organisation.OrganisationUnitAlreadyExists;
import org.prawat.api.organisation.OrganisationUnitId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Race-safe because it runs inside the command's Spring transaction (Axon's
 * SpringTransactionManager): the row commits or rolls back with the {@code OrganisationUnitCreated}
 * event, and a concurrent insert of the same id waits on the primary key until then.
 */
@Component
public class JdbcOrganisationUnitDirectory implements OrganisationUnitDirectory {

    private final JdbcTemplate jdbc;

    public JdbcOrganisationUnitDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(OrganisationUnitId unitId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM organisation_unit_lookup WHERE unit_id = ?)",
                Boolean.class,
                unitId.value()));
    }

    @Override
    public void register(OrganisationUnitId unitId, OrganisationUnitId parentId) {
        // DO NOTHING rather than catching a key violation, which would abort the whole transaction.
        int inserted = jdbc.update(
                "INSERT INTO organisation_unit_lookup (unit_id, parent_id) VALUES (?, ?)"
                        + " ON CONFLICT (unit_id) DO NOTHING",
                unitId.value(),
                parentId == null ? null : parentId.value());
        if (inserted == 0) {
            throw new OrganisationUnitAlreadyExists(unitId);
        }
    }
}
