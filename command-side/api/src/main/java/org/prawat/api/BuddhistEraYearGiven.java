package org.prawat.api;

import java.time.LocalDate;

/**
 * A Buddhist-Era year (e.g. 2567) was given where a Common-Era date was meant; the message names
 * the year that was probably intended (B.E. − 543).
 */
public class BuddhistEraYearGiven extends RuleViolation {

    public BuddhistEraYearGiven(String fieldThai, String fieldEnglish, LocalDate date) {
        super(
                "date.buddhist-era",
                fieldThai + " ใช้ปี พ.ศ. " + date.getYear() + " ในช่องที่ต้องเป็นปี ค.ศ.: หมายถึงปี ค.ศ. "
                        + (date.getYear() - 543) + " หรือไม่",
                fieldEnglish + " uses the Buddhist-Era year " + date.getYear()
                        + " where a Common-Era year is expected: did you mean " + (date.getYear() - 543) + "?");
    }
}
