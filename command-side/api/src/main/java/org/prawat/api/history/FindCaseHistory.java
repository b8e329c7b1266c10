package org.prawat.api.history;

import org.prawat.api.employee.EmployeeId;

/**
 * The case file of {@code employeeId} as it reads now, newest first, corrections shown against the
 * originals. Answers an empty Optional when there is none the caller's {@code scope} covers.
 */
public record FindCaseHistory(EmployeeId employeeId, Scope scope) {}
