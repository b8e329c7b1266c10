package org.prawat.api.correction;

import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * HR approved correction request {@code requestId}; emitted right after the correction or
 * retraction that carries out the request, in the same command.
 */
@Revision("1")
public record CorrectionRequestApproved(EmployeeId employeeId, CorrectionRequestId requestId, String approvedBy) {}
