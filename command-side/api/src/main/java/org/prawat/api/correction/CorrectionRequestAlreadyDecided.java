package org.prawat.api.correction;

import org.prawat.api.RuleViolation;

/** The correction request was already approved or rejected; a request is decided once. */
public class CorrectionRequestAlreadyDecided extends RuleViolation {

    public CorrectionRequestAlreadyDecided(CorrectionRequestId requestId) {
        super(
                "correction-request.decided",
                "คำขอแก้ไขประวัติรหัส " + requestId + " ได้รับการพิจารณาแล้ว",
                "Correction request " + requestId + " was already decided");
    }
}
