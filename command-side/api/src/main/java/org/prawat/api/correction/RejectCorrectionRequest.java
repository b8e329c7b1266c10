package org.prawat.api.correction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/** HR turns down the owner's correction request, telling them why. */
public record RejectCorrectionRequest(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull CorrectionRequestId requestId,
        @NotBlank(message = "กรุณาระบุเหตุผลที่ไม่อนุมัติ / The reason for the rejection is required")
                @Size(max = 2_000)
                @PlainText
                String reason,
        @NotBlank(message = "กรุณาระบุผู้พิจารณา / Who rejected the request is required") @Size(max = 200) @PlainText
                String rejectedBy)
        implements Correction {}
