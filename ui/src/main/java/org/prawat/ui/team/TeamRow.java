package org.prawat.ui.team;

import org.prawat.api.history.TimelineEntry;

/** One entry of the team timeline and whether it opens a month (the list is newest first). */
record TeamRow(TimelineEntry entry, boolean startsMonth) {}
