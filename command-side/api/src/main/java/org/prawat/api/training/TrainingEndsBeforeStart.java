package org.prawat.api.training;

import java.time.LocalDate;
import org.prawat.api.RuleViolation;

/** The training's end date is before its start date. */
public class TrainingEndsBeforeStart extends RuleViolation {

    public TrainingEndsBeforeStart(LocalDate start, LocalDate end) {
        super(
                "training.dates",
                "วันที่สิ้นสุด (" + end + ") อยู่ก่อนวันที่เริ่ม (" + start + ")",
                "The end date (" + end + ") is before the start date (" + start + ")");
    }
}
