package org.prawat.api.plan;

import java.math.BigDecimal;
import org.prawat.api.RuleViolation;

/** Planned hours that are zero, negative or more than {@link PlanLimits#HOURS_MAX} for one activity. */
public class ImplausiblePlannedHours extends RuleViolation {

    public ImplausiblePlannedHours(PlannedActivityId activityId, BigDecimal hours) {
        super(
                "plan.hours",
                "จำนวนชั่วโมงที่วางแผนไว้ของกิจกรรม " + activityId + " (" + hours
                        + ") ไม่สมเหตุสมผล: ต้องมากกว่า 0 และไม่เกิน " + PlanLimits.HOURS_MAX + " ชั่วโมง",
                "The planned hours of activity " + activityId + " (" + hours
                        + ") are implausible: more than 0 and at most " + PlanLimits.HOURS_MAX);
    }
}
