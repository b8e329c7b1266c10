package org.prawat.api.employee;

import org.prawat.api.RuleViolation;

/**
 * The national ID is not 13 digits or its check digit is wrong. The message does not repeat the
 * value: it is personal data (PDPA) and messages end up in logs.
 */
public class InvalidNationalId extends RuleViolation {

    public InvalidNationalId() {
        super(
                "national-id.invalid",
                "เลขประจำตัวประชาชนไม่ถูกต้อง: ต้องเป็นตัวเลข 13 หลักและเลขหลักสุดท้ายต้องตรงกับเลขตรวจสอบ",
                "The national ID is invalid: it must be 13 digits and the last one must be the check digit");
    }
}
