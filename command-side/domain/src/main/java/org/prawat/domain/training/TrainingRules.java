package org.prawat.domain.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.prawat.api.training.ImplausibleTrainingHours;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingEndsBeforeStart;
import org.prawat.domain.BusinessDates;

/** What any training content must satisfy, whether recorded first or written in as a correction. */
public final class TrainingRules {

    /** A training day longer than this is a typing error, not a course. */
    static final int MAX_HOURS_PER_DAY = 12;

    private TrainingRules() {}

    static void requirePlausible(Training training, LocalDate today) {
        BusinessDates.requirePlausible(training.startDate(), "วันที่เริ่มอบรม", "The training start date", today);
        BusinessDates.requirePlausible(training.endDate(), "วันที่สิ้นสุดการอบรม", "The training end date", today);
        if (training.endDate().isBefore(training.startDate())) {
            throw new TrainingEndsBeforeStart(training.startDate(), training.endDate());
        }
        requirePlausibleHours(training.hours(), training.startDate(), training.endDate());
    }

    /** More than 0 hours and at most {@link #MAX_HOURS_PER_DAY} for each day from start to end. */
    public static void requirePlausibleHours(BigDecimal hours, LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(days * MAX_HOURS_PER_DAY)) > 0) {
            throw new ImplausibleTrainingHours(hours, days);
        }
    }
}
