package org.prawat.api;

import java.time.LocalDate;

/** A business date lies after today: a case file records what has happened. */
public class DateInFuture extends RuleViolation {

    public DateInFuture(String fieldThai, String fieldEnglish, LocalDate date) {
        super(
                "date.future",
                fieldThai + " (" + date + ") เป็นวันที่ในอนาคต: บันทึกได้เฉพาะสิ่งที่เกิดขึ้นแล้ว",
                fieldEnglish + " (" + date + ") is in the future: only what has happened can be recorded");
    }
}
