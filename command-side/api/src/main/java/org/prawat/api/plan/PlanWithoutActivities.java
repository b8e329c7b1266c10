package org.prawat.api.plan;

import org.prawat.api.RuleViolation;

/** A development plan must plan at least one activity. */
public class PlanWithoutActivities extends RuleViolation {

    public PlanWithoutActivities() {
        super(
                "plan.no-activities",
                "แผนพัฒนาต้องมีกิจกรรมอย่างน้อย 1 รายการ",
                "A development plan needs at least one planned activity");
    }
}
