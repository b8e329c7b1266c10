package org.prawat.bench.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings of repeated calls, in nanoseconds, read as percentiles in milliseconds. */
final class Latencies {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    /** Times {@code work} and keeps the figure. */
    void time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        add(System.nanoTime() - start);
    }

    int count() {
        return nanos.size();
    }

    /** The {@code p}-th percentile (nearest rank, 0 < p ≤ 100) in milliseconds; NaN when nothing was timed. */
    double percentileMillis(double p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1_000_000.0;
    }
}
