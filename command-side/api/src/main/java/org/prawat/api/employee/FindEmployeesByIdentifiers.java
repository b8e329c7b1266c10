package org.prawat.api.employee;

import java.util.List;
import java.util.Objects;
import org.prawat.api.history.Scope;

/**
 * The employees named by {@code identifiers}, each a 13-digit national ID (spaces, dashes and Thai
 * digits allowed) or an employee id, e.g. the lines of an attendance list pasted from a
 * spreadsheet; answers {@link IdentifiedEmployees}. Identifiers naming nobody, or somebody placed
 * outside {@code scope}, are left out alike.
 */
public record FindEmployeesByIdentifiers(List<String> identifiers, Scope scope) {
    public FindEmployeesByIdentifiers {
        identifiers = List.copyOf(identifiers);
        Objects.requireNonNull(scope, "scope");
    }
}
