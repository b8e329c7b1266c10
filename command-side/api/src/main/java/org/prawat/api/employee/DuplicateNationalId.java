package org.prawat.api.employee;

import org.prawat.api.RuleViolation;

/** Another case file already holds this national ID. */
public class DuplicateNationalId extends RuleViolation {

    public DuplicateNationalId(String nationalId) {
        super(
                "national-id.duplicate",
                "เลขประจำตัวประชาชน " + NationalIds.mask(nationalId) + " มีแฟ้มประวัติอยู่แล้ว",
                "National ID " + NationalIds.mask(nationalId) + " already has a case file");
    }
}
