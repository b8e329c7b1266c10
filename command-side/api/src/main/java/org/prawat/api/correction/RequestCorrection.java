package org.prawat.api.correction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/** The record owner asks HR to correct one record of their case file, citing evidence. */
public record RequestCorrection(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull CorrectionRequestId requestId,
        @NotBlank(message = "กรุณาระบุรหัสรายการ / The record id is required") @PlainText @Size(max = 100)
                String recordId,
        @NotNull(message = "กรุณาเลือกประเภทรายการ / The kind of record is required") RecordKind kind,
        @NotBlank(message = "กรุณาระบุสิ่งที่ต้องแก้ไข / What should be corrected is required")
                @Size(max = 2_000)
                @PlainText
                String description,
        @NotBlank(message = "กรุณาระบุหลักฐานอ้างอิง / The evidence reference is required") @Size(max = 300) @PlainText
                String evidenceReference,
        @NotNull(message = "กรุณาระบุวันที่ยื่นคำขอ / The request date is required") LocalDate requestedOn)
        implements Correction {}
