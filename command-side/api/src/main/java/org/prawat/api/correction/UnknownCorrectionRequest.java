package org.prawat.api.correction;

import org.prawat.api.RuleViolation;

/** A decision names a correction request that was never made in this case file. */
public class UnknownCorrectionRequest extends RuleViolation {

    public UnknownCorrectionRequest(CorrectionRequestId requestId) {
        super(
                "correction-request.unknown",
                "ไม่พบคำขอแก้ไขประวัติรหัส " + requestId,
                "No correction request " + requestId + " was made in this case file");
    }
}
