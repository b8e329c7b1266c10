package org.prawat.api.history;

import java.time.Instant;
import org.prawat.api.employee.EmployeeId;

/**
 * What the case file of {@code employeeId} said at the moment {@code asAt}: only what had been
 * recorded by then, rebuilt from the event store. Empty when the caller's {@code scope} does not
 * cover the employee's current unit, or nothing was recorded by then.
 */
public record FindCaseHistoryAsAt(EmployeeId employeeId, Instant asAt, Scope scope) {}
