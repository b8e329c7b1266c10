package org.prawat.api.audit;

import java.util.List;

/** One page (from 0) of the read log's entries, newest first, and how many entries match in all. */
public record ReadLogPage(List<ReadLogEntry> entries, long total, int page, int size) {

    public ReadLogPage {
        entries = List.copyOf(entries);
    }
}
