package org.prawat.api.correction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.commendation.CommendationGrant;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.employee.EmployeeId;

/**
 * Replaces what commendation {@code commendationId} says by {@code corrected}, a grant of the same
 * kind naming the same case file and commendation; the original stays in the history. Another kind
 * is a retraction and a new grant. {@code requestId} names the owner's request this approves, or is
 * null when HR corrects unasked.
 */
public record CorrectCommendation(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull CommendationId commendationId,
        @NotNull(message = "กรุณาระบุข้อมูลที่แก้ไขแล้ว / The corrected content is required") @Valid
                CommendationGrant corrected,
        @NotNull(message = "กรุณาระบุรายละเอียดการแก้ไข / The correction details are required") @Valid
                CorrectionDetails details,
        CorrectionRequestId requestId)
        implements Correction {}
