package org.prawat.api.commendation;

import java.math.BigDecimal;
import org.prawat.api.RuleViolation;

/** A civil servant's increase is more than 0 and at most 10 percent of the salary. */
public class SalaryPercentageOutOfRange extends RuleViolation {

    public SalaryPercentageOutOfRange(BigDecimal percentage) {
        super(
                "commendation.salary-percentage",
                "ร้อยละการเลื่อนเงินเดือน (" + percentage.toPlainString() + ") ต้องมากกว่า 0 และไม่เกิน "
                        + CommendationLimits.SALARY_PERCENTAGE_MAX,
                "The salary increase (" + percentage.toPlainString() + "%) must be more than 0 and at most "
                        + CommendationLimits.SALARY_PERCENTAGE_MAX + "%");
    }
}
