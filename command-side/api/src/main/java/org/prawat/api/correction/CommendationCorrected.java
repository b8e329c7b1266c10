package org.prawat.api.correction;

import org.axonframework.serialization.Revision;
import org.prawat.api.commendation.Commendation;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.employee.EmployeeId;

/**
 * HR corrected commendation {@code commendationId}: {@code previous} is struck through and
 * {@code corrected}, of the same kind, is what the record says from now on. Both carry their kind
 * in JSON. {@code requestId} is the owner's request this approved, or null.
 */
@Revision("1")
public record CommendationCorrected(
        EmployeeId employeeId,
        CommendationId commendationId,
        Commendation previous,
        Commendation corrected,
        CorrectionDetails details,
        CorrectionRequestId requestId) {}
