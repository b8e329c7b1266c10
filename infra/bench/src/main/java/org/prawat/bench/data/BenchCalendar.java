package org.prawat.bench.data;

import java.time.LocalDate;
import org.prawat.api.evaluation.FiscalYear;

/** The dates the generated data lives in. */
final class BenchCalendar {

    /** The fixed "today" of the data: no business date is later (the tests' TestClock day). */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private BenchCalendar() {}

    /**
     * When the case files start holding records: the organisations went digital at the start of
     * fiscal year 2561 (the evaluation bands of 2560 and seed 003's plan 2561–2563 start there).
     * SMALL starts later, in 2568, so that it holds the 300 people a bulk attendance needs within
     * its 10,000 events; a longer history would leave too few people.
     */
    static LocalDate recordsSince(DataSize size) {
        return new FiscalYear(size == DataSize.SMALL ? 2568 : 2561).startsOn();
    }

    static int buddhistYear(LocalDate date) {
        return date.getYear() + FiscalYear.BUDDHIST_ERA_OFFSET;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
