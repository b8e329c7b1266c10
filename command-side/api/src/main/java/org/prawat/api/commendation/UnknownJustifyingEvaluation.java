package org.prawat.api.commendation;

import org.prawat.api.RuleViolation;
import org.prawat.api.evaluation.EvaluationId;

/** A salary-step increase names an evaluation that is not in this case file. */
public class UnknownJustifyingEvaluation extends RuleViolation {

    public UnknownJustifyingEvaluation(EvaluationId evaluationId) {
        super(
                "commendation.unknown-evaluation",
                "ไม่พบผลการประเมิน " + evaluationId
                        + " ที่ใช้ได้ในแฟ้มประวัตินี้: การเลื่อนขั้นเงินเดือนต้องอ้างอิงผลการประเมินที่บันทึกไว้และไม่ถูกเพิกถอน",
                "This case file holds no standing evaluation " + evaluationId
                        + ": a salary-step increase must name an evaluation recorded and not retracted");
    }
}
