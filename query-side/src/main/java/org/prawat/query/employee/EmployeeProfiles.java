package org.prawat.query.employee;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.prawat.query.projection.Documents;
import org.prawat.query.projection.EventFacts;
import org.prawat.query.projection.ProjectionTarget;

/**
 * The profiles and their unit lookup in one {@link ProjectionTarget}, and the only ways the
 * projections change them. A document at or past an event's position has applied it already
 * and is left alone, so an event delivered twice changes nothing.
 */
final class EmployeeProfiles {

    static final String PROFILES = "employees";
    static final String UNITS = "employee-units";
    static final String RECORDS = "employee-records";

    private final ProjectionTarget target;

    EmployeeProfiles(ProjectionTarget target) {
        this.target = target;
    }

    Optional<EmployeeDocument> profile(String employeeId) {
        return profiles().get(employeeId, EmployeeDocument.class);
    }

    /** The records the employee's profile counts; none before the first. */
    CountedRecords counted(String employeeId) {
        return records().get(employeeId, CountedRecords.class).orElseGet(() -> CountedRecords.none(employeeId));
    }

    /** The unit {@code unitId}; just its id when its creation was not seen. */
    EmployeeUnit unit(String unitId) {
        return units().get(unitId, EmployeeUnit.class)
                .orElseGet(() -> new EmployeeUnit(unitId, null, List.of(unitId), -1));
    }

    void createUnit(EventFacts event, String unitId, String name, String parentId) {
        if (units().get(unitId, EmployeeUnit.class).isPresent()) {
            return;
        }
        var path = new ArrayList<String>(
                parentId == null ? List.of() : unit(parentId).unitPath());
        path.add(unitId);
        units().put(unitId, new EmployeeUnit(unitId, name, List.copyOf(path), event.position()));
    }

    /** The unit's new name, on the unit and on every profile of someone in it. */
    void renameUnit(EventFacts event, String unitId, String newName) {
        var unit = unit(unitId);
        if (event.isNewerThan(unit.lastGlobalIndex())) {
            units().put(unitId, unit.renamed(newName, event.position()));
        }
        var renamed = unit(unitId);
        changeAll(event, profiles().idsWhere("unitId", unitId), profile -> profile.inUnit(renamed));
    }

    /** The unit now sits under {@code newParentId}: every unit and profile below it follows. */
    void moveUnit(EventFacts event, String unitId, String newParentId) {
        var newPath = new ArrayList<>(unit(newParentId).unitPath());
        newPath.add(unitId);
        for (var below : units().getAll(units().idsWhere("unitPath", unitId), EmployeeUnit.class)
                .values()) {
            if (event.isNewerThan(below.lastGlobalIndex())) {
                var path = below.unitPath();
                var rebased = new ArrayList<>(newPath);
                rebased.addAll(path.subList(path.indexOf(unitId) + 1, path.size()));
                units().put(below.unitId(), below.at(List.copyOf(rebased), event.position()));
            }
        }
        changeAll(event, profiles().idsWhere("unitPath", unitId), profile -> profile.inUnit(unit(profile.unitId())));
    }

    void register(EventFacts event, EmployeeDocument profile) {
        if (profile(profile.employeeId()).isEmpty()) {
            profiles().put(profile.employeeId(), profile);
        }
    }

    /** Changes the profile, if there is one and it has not seen this event yet. */
    void change(EventFacts event, String employeeId, UnaryOperator<EmployeeDocument> change) {
        profile(employeeId)
                .filter(profile -> event.isNewerThan(profile.lastGlobalIndex()))
                .ifPresent(profile ->
                        profiles().put(employeeId, change.apply(profile).at(event.position())));
    }

    /**
     * Changes the records counted for the employee, if she has a profile, and then the profile's
     * evaluation level if the latest round evaluated now says another. The level is taken from
     * the records as stored, so an event delivered again also mends a profile that missed it.
     */
    void changeRecords(EventFacts event, String employeeId, UnaryOperator<EmployeeRecords> change) {
        var profile = profile(employeeId);
        if (profile.isEmpty()) {
            return;
        }
        var counted = counted(employeeId);
        if (event.isNewerThan(counted.lastGlobalIndex())) {
            counted = CountedRecords.counting(employeeId, change.apply(counted.records()), event.position());
            records().put(employeeId, counted);
        }
        var level = counted.records().latestEvaluationLevel();
        if (profile.get().evaluationLevel() != level) {
            change(event, employeeId, stale -> stale.evaluated(level));
        }
    }

    private void changeAll(EventFacts event, List<String> employeeIds, UnaryOperator<EmployeeDocument> change) {
        for (var profile :
                profiles().getAll(employeeIds, EmployeeDocument.class).values()) {
            if (event.isNewerThan(profile.lastGlobalIndex())) {
                profiles().put(profile.employeeId(), change.apply(profile).at(event.position()));
            }
        }
    }

    private Documents profiles() {
        return target.documents(PROFILES);
    }

    private Documents records() {
        return target.documents(RECORDS);
    }

    private Documents units() {
        return target.documents(UNITS);
    }
}
