package org.prawat.api.history;

import java.util.List;

/** One page of a team timeline and the number of entries on all pages. */
public record TeamTimelinePage(List<TimelineEntry> entries, long total, int page, int size) {}
