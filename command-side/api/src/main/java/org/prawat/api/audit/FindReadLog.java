package org.prawat.api.audit;

import java.time.Instant;
import org.prawat.api.employee.EmployeeId;

/**
 * The reads recorded in the read log, newest first, one page of a {@link ReadLogPage}; each filter
 * (the case file read, the reader's account, from and before a moment) may be null for any.
 */
public record FindReadLog(EmployeeId employeeId, String account, Instant from, Instant before, int page, int size) {}
