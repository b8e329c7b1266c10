package org.prawat.api.correction;

import org.prawat.api.RuleViolation;
import org.prawat.api.commendation.CommendationId;

/**
 * A correction would turn a commendation into another kind (say a bonus into a certificate); that
 * is a retraction of the wrong commendation and a new grant.
 */
public class CorrectionChangesCommendationKind extends RuleViolation {

    public CorrectionChangesCommendationKind(CommendationId commendationId) {
        super(
                "correction.commendation-kind",
                "แก้ไขความดีความชอบรหัส " + commendationId
                        + " เป็นประเภทอื่นไม่ได้ ให้เพิกถอนรายการเดิมแล้วบันทึกรายการใหม่",
                "Commendation " + commendationId
                        + " cannot be corrected into another kind; retract it and grant the right one");
    }
}
