package org.prawat.ui.rest.correction;

import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.employee.EmployeeId;

/** Body of {@code POST /api/employees/{employeeId}/retractions}. */
record RetractRecordRequest(
        String recordId, RecordKind kind, CorrectionDetails details, CorrectionRequestId requestId) {

    RetractRecord toCommand(EmployeeId employeeId) {
        return new RetractRecord(employeeId, recordId, kind, details, requestId);
    }
}
