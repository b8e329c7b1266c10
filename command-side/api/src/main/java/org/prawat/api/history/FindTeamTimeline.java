package org.prawat.api.history;

import java.time.LocalDate;
import java.util.Set;
import org.prawat.api.organisation.OrganisationUnitId;

/**
 * Every entry of every employee now in {@code unitId} or a unit below it, with a business date from
 * {@code from} to {@code to} (inclusive; null for open), of the given {@code kinds} (empty for all),
 * narrowed by {@code filters} (null for none), newest first; {@code page} counts from 0. Only what the caller's {@code scope} covers is counted.
 */
public record FindTeamTimeline(
        OrganisationUnitId unitId,
        LocalDate from,
        LocalDate to,
        Set<TimelineEntryKind> kinds,
        TeamTimelineFilters filters,
        int page,
        int size,
        Scope scope) {

    public FindTeamTimeline {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        filters = filters == null ? TeamTimelineFilters.NONE : filters;
    }
}
