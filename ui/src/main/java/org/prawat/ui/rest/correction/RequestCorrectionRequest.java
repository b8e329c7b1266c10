package org.prawat.ui.rest.correction;

import java.time.LocalDate;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RequestCorrection;
import org.prawat.api.employee.EmployeeId;

/** Body of {@code POST /api/employees/{employeeId}/correction-requests}; without {@code requestId} the server chooses one. */
record RequestCorrectionRequest(
        CorrectionRequestId requestId,
        String recordId,
        RecordKind kind,
        String description,
        String evidenceReference,
        LocalDate requestedOn) {

    RequestCorrection toCommand(EmployeeId employeeId, CorrectionRequestId id) {
        return new RequestCorrection(employeeId, id, recordId, kind, description, evidenceReference, requestedOn);
    }
}
