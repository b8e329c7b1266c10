package org.prawat.api.training;

import java.math.BigDecimal;
import org.prawat.api.RuleViolation;

/** Hours that are zero, negative, or more than the dates allow (at most 12 a day). */
public class ImplausibleTrainingHours extends RuleViolation {

    public ImplausibleTrainingHours(BigDecimal hours, long days) {
        super(
                "training.hours",
                "จำนวนชั่วโมง " + hours + " ไม่สมเหตุสมผล: ต้องมากกว่า 0 และไม่เกิน " + days * 12 + " ชั่วโมงสำหรับ "
                        + days + " วัน",
                "The hours (" + hours + ") are implausible: more than 0 and at most " + days * 12 + " for " + days
                        + " day(s)");
    }
}
