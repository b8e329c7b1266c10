package org.prawat.api.commendation;

import org.prawat.api.RuleViolation;

/**
 * A salary-step increase gives steps (local officials) or a percentage (civil servants): exactly one
 * of the two, never both and never neither.
 */
public class StepsOrPercentageRequired extends RuleViolation {

    public StepsOrPercentageRequired(boolean bothGiven) {
        super(
                "commendation.steps-or-percentage",
                bothGiven
                        ? "ระบุได้อย่างใดอย่างหนึ่ง: จำนวนขั้น (พนักงานส่วนท้องถิ่น) หรือร้อยละ (ข้าราชการ) ไม่ใช่ทั้งสองอย่าง"
                        : "กรุณาระบุจำนวนขั้น (พนักงานส่วนท้องถิ่น) หรือร้อยละ (ข้าราชการ) อย่างใดอย่างหนึ่ง",
                bothGiven
                        ? "Give either steps (local officials) or a percentage (civil servants), not both"
                        : "Give either steps (local officials) or a percentage (civil servants)");
    }
}
