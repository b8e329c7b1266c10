package org.prawat.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A fixed "today" for the aggregates' date rules. */
public final class TestClock {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final Clock TODAY_IN_THAILAND =
            Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Bangkok")).toInstant(), ZoneId.of("Asia/Bangkok"));

    private TestClock() {}
}
