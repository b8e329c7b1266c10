package org.prawat.ui.rest.correction;

import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.RejectCorrectionRequest;
import org.prawat.api.employee.EmployeeId;

/** Body of {@code POST /api/employees/{employeeId}/correction-requests/{requestId}/rejections}. */
record RejectCorrectionRequestRequest(String reason, String rejectedBy) {

    RejectCorrectionRequest toCommand(EmployeeId employeeId, CorrectionRequestId requestId) {
        return new RejectCorrectionRequest(employeeId, requestId, reason, rejectedBy);
    }
}
