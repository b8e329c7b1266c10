package org.prawat.api.history;

import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;

/**
 * What was in effect for {@code employeeId} on the business date {@code asOf}, as known now (later
 * corrections included): the unit and position held that day and the records dated up to it,
 * rebuilt from the event store. Empty when the caller's {@code scope} does not cover the employee's
 * current unit.
 */
public record FindCaseHistoryAsOf(EmployeeId employeeId, LocalDate asOf, Scope scope) {}
