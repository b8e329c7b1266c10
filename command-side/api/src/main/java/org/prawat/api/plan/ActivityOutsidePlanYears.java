package org.prawat.api.plan;

import org.prawat.api.RuleViolation;
import org.prawat.api.evaluation.FiscalYear;

/** A planned activity falls in a fiscal year the plan does not cover. */
public class ActivityOutsidePlanYears extends RuleViolation {

    public ActivityOutsidePlanYears(PlannedActivityId activityId, FiscalYear year, FiscalYear first, FiscalYear last) {
        super(
                "plan.activity-year",
                "กิจกรรม " + activityId + " อยู่ในปีงบประมาณ " + year + " ซึ่งอยู่นอกช่วงของแผน (พ.ศ. " + first + "–"
                        + last + ")",
                "Activity " + activityId + " is in fiscal year " + year + ", outside the plan's years " + first + "–"
                        + last);
    }
}
