package org.prawat.api.plan;

import org.prawat.api.RuleViolation;
import org.prawat.api.evaluation.FiscalYear;

/** A new plan shares a fiscal year with a plan already in the case file. */
public class DevelopmentPlansOverlap extends RuleViolation {

    public DevelopmentPlansOverlap(DevelopmentPlanId existing, FiscalYear first, FiscalYear last) {
        super(
                "plan.overlap",
                "ปีงบประมาณของแผนใหม่ซ้ำกับแผนพัฒนา " + existing + " (พ.ศ. " + first + "–" + last
                        + ") ที่มีอยู่แล้ว: เพิ่มหรือยกเลิกกิจกรรมในแผนเดิมแทน",
                "The new plan's years overlap development plan " + existing + " (" + first + "–" + last
                        + "): add or drop activities in that plan instead");
    }
}
