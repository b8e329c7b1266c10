package org.prawat.api.employee;

import java.util.List;

/** The employees {@link FindEmployeesByIdentifiers} recognised, in the order of the identifiers. */
public record IdentifiedEmployees(List<IdentifiedEmployee> found) {
    public IdentifiedEmployees {
        found = List.copyOf(found);
    }
}
