package org.prawat.api.audit;

import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;

/**
 * Every event stored in the case file of {@code employeeId}, oldest first, as a list of
 * {@link CaseFileEvent}. Empty when the caller's {@code scope} does not cover the employee's current
 * unit, as if the case file did not exist.
 */
public record FindCaseFileEvents(EmployeeId employeeId, Scope scope) {}
