package org.prawat.api.correction;

import org.prawat.api.RuleViolation;

/** The corrected content says what the record already says; there is nothing to strike through. */
public class CorrectionChangesNothing extends RuleViolation {

    public CorrectionChangesNothing(RecordKind kind, String recordId) {
        super(
                "correction.unchanged",
                "ข้อมูลที่แก้ไขตรงกับรายการ " + kind + " รหัส " + recordId + " ที่บันทึกไว้แล้ว ไม่มีสิ่งใดเปลี่ยนแปลง",
                "The corrected content is what the " + kind + " record " + recordId + " already says");
    }
}
