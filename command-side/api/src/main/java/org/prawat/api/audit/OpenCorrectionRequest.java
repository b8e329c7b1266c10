package org.prawat.api.audit;

import java.time.LocalDate;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.employee.EmployeeId;

/**
 * A correction request waiting for HR: whose case file ({@code employeeName} as it reads now),
 * which record ({@code recordId} of {@code recordKind}), what the owner says is wrong, the
 * evidence they name, and the day they asked.
 */
public record OpenCorrectionRequest(
        CorrectionRequestId requestId,
        EmployeeId employeeId,
        String employeeName,
        String recordId,
        RecordKind recordKind,
        String description,
        String evidenceReference,
        LocalDate requestedOn) {}
