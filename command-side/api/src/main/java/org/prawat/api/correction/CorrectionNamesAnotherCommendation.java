package org.prawat.api.correction;

import org.prawat.api.RuleViolation;
import org.prawat.api.commendation.CommendationId;

/**
 * The corrected content of a commendation names another case file or commendation than the one
 * being corrected; a correction keeps the record's identity.
 */
public class CorrectionNamesAnotherCommendation extends RuleViolation {

    public CorrectionNamesAnotherCommendation(CommendationId commendationId) {
        super(
                "correction.other-commendation",
                "ข้อมูลที่แก้ไขต้องระบุแฟ้มประวัตินี้และความดีความชอบรหัส " + commendationId + " เดิม",
                "The corrected content must name this case file and commendation " + commendationId);
    }
}
