package org.prawat.bench.data;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.prawat.api.employee.DuplicateNationalId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitAlreadyExists;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.domain.lookup.EmployeeDirectory;
import org.prawat.domain.lookup.EmployeePlacements;
import org.prawat.domain.lookup.NationalIdRegistry;
import org.prawat.domain.lookup.OrganisationUnitDirectory;

/** Stands in for the PostgreSQL set-validation tables, so the real aggregates can judge the generated commands. */
class InMemoryLookups implements NationalIdRegistry, OrganisationUnitDirectory, EmployeePlacements, EmployeeDirectory {

    /** The data's "today" in Thailand, as the application's clock would read it that day. */
    static final Clock TODAY = Clock.fixed(
            BenchCalendar.TODAY.atStartOfDay(ZoneId.of("Asia/Bangkok")).toInstant(), ZoneId.of("Asia/Bangkok"));

    private final Map<String, EmployeeId> nationalIds = new HashMap<>();
    private final Map<OrganisationUnitId, OrganisationUnitId> parents = new HashMap<>();
    private final Map<EmployeeId, OrganisationUnitId> placements = new HashMap<>();
    private final Set<EmployeeId> registered = new HashSet<>();

    @Override
    public void reserve(String nationalId, EmployeeId employeeId) {
        if (nationalIds.putIfAbsent(nationalId, employeeId) != null) {
            throw new DuplicateNationalId(nationalId);
        }
        registered.add(employeeId);
    }

    @Override
    public boolean exists(OrganisationUnitId unitId) {
        return parents.containsKey(unitId);
    }

    @Override
    public void register(OrganisationUnitId unitId, OrganisationUnitId parentId) {
        if (parents.containsKey(unitId)) {
            throw new OrganisationUnitAlreadyExists(unitId);
        }
        parents.put(unitId, parentId);
    }

    @Override
    public boolean isAncestorOrSelf(OrganisationUnitId candidate, OrganisationUnitId unit) {
        for (var current = unit; current != null; current = parents.get(current)) {
            if (current.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void move(OrganisationUnitId unitId, OrganisationUnitId newParentId) {
        parents.put(unitId, newParentId);
    }

    @Override
    public void place(EmployeeId employeeId, OrganisationUnitId unitId) {
        placements.put(employeeId, unitId);
    }

    @Override
    public boolean exists(EmployeeId employeeId) {
        return registered.contains(employeeId);
    }

    /** An employee registered elsewhere, e.g. a unit's manager whose case file another test feeds. */
    void registered(EmployeeId employeeId) {
        registered.add(employeeId);
    }

    OrganisationUnitId unitOf(EmployeeId employeeId) {
        return placements.get(employeeId);
    }
}
