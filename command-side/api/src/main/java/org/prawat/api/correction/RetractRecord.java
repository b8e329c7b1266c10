package org.prawat.api.correction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/**
 * Strikes a whole record out of the case file (it should never have been recorded); it stays in the
 * history. {@code requestId} names the owner's request this approves, or is null.
 */
public record RetractRecord(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotBlank(message = "กรุณาระบุรหัสรายการ / The record id is required") @PlainText @Size(max = 100)
                String recordId,
        @NotNull(message = "กรุณาเลือกประเภทรายการ / The kind of record is required") RecordKind kind,
        @NotNull(message = "กรุณาระบุรายละเอียดการแก้ไข / The correction details are required") @Valid
                CorrectionDetails details,
        CorrectionRequestId requestId)
        implements Correction {}
