package org.prawat.domain;

import java.time.LocalDate;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.DateInFuture;

/** Checks every business date a command brings: not in the future, not a B.E. year in a C.E. field. */
public final class BusinessDates {

    /** No Common-Era date in a Thai public servant's record is this late; a B.E. year always is. */
    static final int FIRST_BUDDHIST_ERA_YEAR_SEEN = 2400;

    private BusinessDates() {}

    public static void requirePlausible(LocalDate date, String fieldThai, String fieldEnglish, LocalDate today) {
        requireCommonEra(date, fieldThai, fieldEnglish);
        if (date.isAfter(today)) {
            throw new DateInFuture(fieldThai, fieldEnglish, date);
        }
    }

    /** For dates that may lie ahead (an order taking effect, a session being scheduled): only the B.E.-year check. */
    public static void requireCommonEra(LocalDate date, String fieldThai, String fieldEnglish) {
        if (date.getYear() >= FIRST_BUDDHIST_ERA_YEAR_SEEN) {
            throw new BuddhistEraYearGiven(fieldThai, fieldEnglish, date);
        }
    }
}
