package org.prawat.api.employee;

import java.util.Objects;
import org.prawat.api.history.Scope;

/**
 * Finds employees by any Thai or English word of their name, unit or position; an empty text
 * lists everyone, by name. Only people placed inside {@code scope} are found: an HR officer's
 * organisation, a manager's units, an auditor's remit. {@code page} counts from 0.
 */
public record SearchEmployees(String text, int page, int size, Scope scope) {
    public SearchEmployees {
        Objects.requireNonNull(scope, "scope");
    }
}
