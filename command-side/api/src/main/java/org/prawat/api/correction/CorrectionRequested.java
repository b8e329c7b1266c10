package org.prawat.api.correction;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/** On {@code requestedOn} the record owner asked for record {@code recordId} to be corrected. */
@Revision("1")
public record CorrectionRequested(
        EmployeeId employeeId,
        CorrectionRequestId requestId,
        String recordId,
        RecordKind kind,
        String description,
        String evidenceReference,
        LocalDate requestedOn) {}
