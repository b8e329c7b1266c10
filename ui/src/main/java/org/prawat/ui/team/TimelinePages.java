package org.prawat.ui.team;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.prawat.api.history.TeamTimelinePage;
import org.prawat.api.history.TimelineEntry;

/**
 * A team timeline read one page at a time, only the pages the list scrolls to, each page read once
 * for the same filters. A row knows whether it opens a month by its neighbour above, which may sit
 * on the page before.
 */
final class TimelinePages {

    static final int PAGE_SIZE = 50;

    private final IntFunction<TeamTimelinePage> read;
    private final Map<Integer, TeamTimelinePage> pages = new HashMap<>();

    /** {@code read}: the page with the given number (from 0) of {@link #PAGE_SIZE} entries. */
    TimelinePages(IntFunction<TeamTimelinePage> read) {
        this.read = read;
    }

    long total() {
        return page(0).total();
    }

    Stream<TeamRow> rows(int offset, int limit) {
        long end = Math.min((long) offset + limit, total());
        return IntStream.range(offset, (int) Math.max(offset, end))
                .mapToObj(this::row)
                .takeWhile(row -> row != null);
    }

    private TeamRow row(int index) {
        var entry = entry(index);
        if (entry == null) {
            return null;
        }
        var above = index == 0 ? null : entry(index - 1);
        return new TeamRow(entry, above == null || !month(above).equals(month(entry)));
    }

    private TimelineEntry entry(int index) {
        var entries = page(index / PAGE_SIZE).entries();
        int within = index % PAGE_SIZE;
        // Fewer than expected when records left the index between two pages.
        return within < entries.size() ? entries.get(within) : null;
    }

    private TeamTimelinePage page(int number) {
        return pages.computeIfAbsent(number, read::apply);
    }

    private static YearMonth month(TimelineEntry entry) {
        return YearMonth.from(entry.businessDate());
    }
}
