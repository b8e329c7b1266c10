package org.prawat.api.employee;

import java.util.List;

/**
 * The employees named by {@code identifiers}, each a 13-digit national ID (spaces, dashes and Thai
 * digits allowed) or an employee id, e.g. the lines of an attendance list pasted from a
 * spreadsheet; answers {@link IdentifiedEmployees}. Identifiers naming nobody are left out.
 */
public record FindEmployeesByIdentifiers(List<String> identifiers) {
    public FindEmployeesByIdentifiers {
        identifiers = List.copyOf(identifiers);
    }
}
