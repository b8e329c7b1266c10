package org.prawat.api.audit;

import org.prawat.api.employee.EmployeeId;

/**
 * Recomputes the hash chain of the case file of {@code employeeId} from the stored events and
 * answers a {@link ChainVerification}: clean, or the first broken link.
 */
public record VerifyCaseFile(EmployeeId employeeId) {}
