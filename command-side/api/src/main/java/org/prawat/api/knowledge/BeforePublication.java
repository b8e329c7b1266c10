package org.prawat.api.knowledge;

import java.time.LocalDate;
import org.prawat.api.RuleViolation;

/** A revision or archiving is dated before the item was published. */
public class BeforePublication extends RuleViolation {

    public BeforePublication(String fieldThai, String fieldEnglish, LocalDate date, LocalDate publishedOn) {
        super(
                "knowledge.before-publication",
                fieldThai + " (" + date + ") อยู่ก่อนวันที่เผยแพร่ (" + publishedOn + ")",
                fieldEnglish + " (" + date + ") is before the publication date (" + publishedOn + ")");
    }
}
