package org.prawat.api.correction;

import org.prawat.api.RuleViolation;

/** A correction claims to approve a request that asked about a different record. */
public class CorrectionRequestForAnotherRecord extends RuleViolation {

    public CorrectionRequestForAnotherRecord(CorrectionRequestId requestId, RecordKind kind, String recordId) {
        super(
                "correction-request.other-record",
                "คำขอแก้ไขประวัติรหัส " + requestId + " ไม่ได้ขอแก้ไขรายการ " + kind + " รหัส " + recordId,
                "Correction request " + requestId + " is not about the " + kind + " record " + recordId);
    }
}
