package org.prawat.api.commendation;

import java.math.BigDecimal;
import org.prawat.api.RuleViolation;

/** A bonus of zero or fewer baht is no bonus. */
public class BonusNotPositive extends RuleViolation {

    public BonusNotPositive(BigDecimal amount) {
        super(
                "commendation.bonus-amount",
                "จำนวนเงินโบนัส (" + amount.toPlainString() + " บาท) ต้องมากกว่า 0",
                "The bonus (" + amount.toPlainString() + " baht) must be more than 0");
    }
}
