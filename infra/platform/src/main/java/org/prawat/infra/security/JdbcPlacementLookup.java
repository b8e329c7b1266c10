package org.prawat.infra.security;

import java.util.List;
import java.util.Optional;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the command side's lookup tables: {@code employee_placement} (V6, kept by the Employee
 * aggregate) and {@code organisation_unit_lookup} (each unit's current parent). Being written in the
 * same transactions as the events, they are never behind the event store, unlike the projections.
 */
final class JdbcPlacementLookup implements PlacementLookup {

    private static final String PATH_TO_MINISTRY = "WITH RECURSIVE path (unit_id, parent_id, depth) AS ("
            + " SELECT unit_id, parent_id, 0 FROM organisation_unit_lookup WHERE unit_id = ?"
            + " UNION ALL"
            + " SELECT l.unit_id, l.parent_id, p.depth + 1 FROM organisation_unit_lookup l"
            + " JOIN path p ON l.unit_id = p.parent_id WHERE p.depth < 64)"
            + " SELECT unit_id FROM path ORDER BY depth";

    private final JdbcTemplate jdbc;

    JdbcPlacementLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrganisationUnitId> unitOf(EmployeeId employeeId) {
        return jdbc
                .queryForList(
                        "SELECT unit_id FROM employee_placement WHERE employee_id = ?",
                        String.class,
                        employeeId.value())
                .stream()
                .findFirst()
                .map(OrganisationUnitId::new);
    }

    @Override
    public List<String> pathOf(OrganisationUnitId unit) {
        return jdbc.queryForList(PATH_TO_MINISTRY, String.class, unit.value());
    }
}
