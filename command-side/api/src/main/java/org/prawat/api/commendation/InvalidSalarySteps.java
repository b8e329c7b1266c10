package org.prawat.api.commendation;

import java.math.BigDecimal;
import org.prawat.api.RuleViolation;

/** A local official's increase is 0.5, 1 or 1.5 steps (ขั้น), nothing else. */
public class InvalidSalarySteps extends RuleViolation {

    public InvalidSalarySteps(BigDecimal steps) {
        super(
                "commendation.salary-steps",
                "เลื่อนขั้นเงินเดือนได้ 0.5, 1 หรือ 1.5 ขั้นเท่านั้น ไม่ใช่ " + steps.toPlainString() + " ขั้น",
                "A salary-step increase is 0.5, 1 or 1.5 steps, not " + steps.toPlainString());
    }
}
