package org.prawat.bench.data;

/** How much data a benchmark run generates, counted in stored events (issue 7). */
public enum DataSize {
    SMALL(10_000),
    MEDIUM(1_000_000),
    /** On demand only: hours on a 2-core machine. */
    LARGE(10_000_000);

    private final long events;

    DataSize(long events) {
        this.events = events;
    }

    /** The number of events the generated commands store, within a few percent. */
    public long events() {
        return events;
    }
}
