package org.prawat.query.employee;

import java.util.List;

/**
 * A unit as the employee profiles need it, in the {@value EmployeeProfiles#UNITS} index: its name
 * and its path (the ids from the ministry down to the unit itself).
 */
record EmployeeUnit(String unitId, String name, List<String> unitPath, long lastGlobalIndex) {

    EmployeeUnit renamed(String newName, long position) {
        return new EmployeeUnit(unitId, newName, unitPath, position);
    }

    EmployeeUnit at(List<String> newUnitPath, long position) {
        return new EmployeeUnit(unitId, name, newUnitPath, position);
    }
}
