package org.prawat.api.correction;

import org.prawat.api.RuleViolation;

/** The correction request id was used before in this case file. */
public class CorrectionRequestAlreadyMade extends RuleViolation {

    public CorrectionRequestAlreadyMade(CorrectionRequestId requestId) {
        super(
                "correction-request.exists",
                "มีคำขอแก้ไขประวัติรหัส " + requestId + " อยู่แล้ว",
                "Correction request " + requestId + " was already made");
    }
}
