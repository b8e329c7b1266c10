package org.prawat.bench.data;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.prawat.api.employee.EmployeeId;

/** One case file being written: whose it is, its own randomness, and its commands so far. */
final class Draft {

    final Profile profile;
    final SplittableRandom random;
    final Timeline timeline = new Timeline();

    Draft(Profile profile, SplittableRandom random) {
        this.profile = profile;
        this.random = random;
    }

    EmployeeId employeeId() {
        return profile.employeeId();
    }

    String organisationName() {
        return profile.placement().organisation().name();
    }

    /**
     * Whether a new record dated {@code date} is accepted: not in the future, and before the case
     * file closes (after separation only corrections are).
     */
    boolean open(LocalDate date) {
        return !date.isAfter(BenchCalendar.TODAY)
                && (profile.separatedOn() == null || date.isBefore(profile.separatedOn()));
    }

    /** An order's number as written on it: "ที่ 245/2567". */
    String orderNumber(LocalDate date) {
        return "ที่ " + (1 + random.nextInt(999)) + "/" + BenchCalendar.buddhistYear(date);
    }

    LocalDate daysAfter(LocalDate date, int min, int max) {
        return date.plusDays(min + random.nextInt(max - min + 1));
    }
}
