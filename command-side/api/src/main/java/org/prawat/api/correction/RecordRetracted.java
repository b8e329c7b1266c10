package org.prawat.api.correction;

import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * HR retracted record {@code recordId} of kind {@code kind}: it no longer counts but stays visible,
 * struck through. {@code requestId} is the owner's request this approved, or null.
 */
@Revision("1")
public record RecordRetracted(
        EmployeeId employeeId,
        String recordId,
        RecordKind kind,
        CorrectionDetails details,
        CorrectionRequestId requestId) {}
