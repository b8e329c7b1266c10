package org.prawat.api.correction;

import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/** HR rejected correction request {@code requestId}; the record stays as it was. */
@Revision("1")
public record CorrectionRequestRejected(
        EmployeeId employeeId, CorrectionRequestId requestId, String reason, String rejectedBy) {}
