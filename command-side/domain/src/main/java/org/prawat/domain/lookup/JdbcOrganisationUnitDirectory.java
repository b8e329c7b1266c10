package org.prawat.domain.lookup;

import org.prawat.api.organisation.OrganisationUnitAlreadyExists;
import org.prawat.api.organisation.OrganisationUnitId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Race-safe because it runs inside the command's Spring transaction (Axon's
 * SpringTransactionManager): the row commits or rolls back with the {@code OrganisationUnitCreated}
 * or {@code OrganisationUnitMoved} event, and a concurrent insert of the same id waits on the primary
 * key until then.
 */
@Component
public class JdbcOrganisationUnitDirectory implements OrganisationUnitDirectory {

    /** Any constant shared by all moves; the key of PostgreSQL's transaction-scoped advisory lock. */
    private static final long TREE_MOVE_LOCK = 0x70726177_6d6f7665L;

    private static final String PATH_TO_MINISTRY = "WITH RECURSIVE path (unit_id, parent_id) AS ("
            + " SELECT unit_id, parent_id FROM organisation_unit_lookup WHERE unit_id = ?"
            + " UNION"
            + " SELECT l.unit_id, l.parent_id FROM organisation_unit_lookup l JOIN path p ON l.unit_id = p.parent_id)"
            + " SELECT EXISTS (SELECT 1 FROM path WHERE unit_id = ?)";

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

    @Override
    public boolean isAncestorOrSelf(OrganisationUnitId candidate, OrganisationUnitId unit) {
        // Two moves that each pass this check on their own (A under B, B under A) would together
        // close a cycle; moves are rare, so they simply take turns until the transaction ends.
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", TREE_MOVE_LOCK);
        return Boolean.TRUE.equals(
                jdbc.queryForObject(PATH_TO_MINISTRY, Boolean.class, unit.value(), candidate.value()));
    }

    @Override
    public void move(OrganisationUnitId unitId, OrganisationUnitId newParentId) {
        jdbc.update(
                "UPDATE organisation_unit_lookup SET parent_id = ? WHERE unit_id = ?",
                newParentId.value(),
                unitId.value());
    }
}
