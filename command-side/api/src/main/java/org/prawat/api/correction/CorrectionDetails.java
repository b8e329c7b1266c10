package org.prawat.api.correction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.prawat.api.text.PlainText;

/** Why a record was corrected or retracted, the evidence it rests on, and who approved it. */
public record CorrectionDetails(
        @NotBlank(message = "กรุณาระบุเหตุผลการแก้ไข / The reason for the correction is required")
                @Size(max = 2_000)
                @PlainText
                String reason,
        @NotBlank(message = "กรุณาระบุหลักฐานอ้างอิง / The evidence reference is required") @Size(max = 300) @PlainText
                String evidenceReference,
        @NotBlank(message = "กรุณาระบุผู้อนุมัติ / Who approved the correction is required") @Size(max = 200) @PlainText
                String approvedBy) {

    /** The same details without surrounding blanks, as they are recorded. */
    public CorrectionDetails stripped() {
        return new CorrectionDetails(reason.strip(), evidenceReference.strip(), approvedBy.strip());
    }
}
