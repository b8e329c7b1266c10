package org.prawat.query.rebuild;

import java.time.Duration;
import java.time.Instant;
import org.prawat.api.rebuild.RebuildProgress;
import org.prawat.api.rebuild.RebuildState;

/**
 * The arithmetic of a rebuild's progress: the rate is the events replayed per second since the
 * start, the estimate is what is left at that rate. Events recorded during the rebuild can take
 * {@code done} past the {@code total} measured at the start; the total then follows {@code done}.
 */
record ProgressMeter(RebuildState state, long done, long total, Instant startedAt, Instant finishedAt, String message) {

    static ProgressMeter started(Instant now, long total) {
        return new ProgressMeter(
                RebuildState.RUNNING, 0, total, now, null, "กำลังสร้างดัชนีใหม่ / Replaying the event store");
    }

    ProgressMeter applied(long events) {
        return new ProgressMeter(state, done + events, Math.max(total, done + events), startedAt, null, message);
    }

    ProgressMeter now(RebuildState newState, String newMessage, Instant finished) {
        return new ProgressMeter(newState, done, total, startedAt, finished, newMessage);
    }

    RebuildProgress at(Instant now) {
        Instant end = finishedAt == null ? now : finishedAt;
        double seconds = Duration.between(startedAt, end).toMillis() / 1000.0;
        double rate = seconds > 0 ? done / seconds : 0;
        return new RebuildProgress(state, done, total, rate, eta(rate), startedAt, finishedAt, message);
    }

    private Duration eta(double rate) {
        if (state != RebuildState.RUNNING || rate <= 0) {
            return state == RebuildState.RUNNING ? null : Duration.ZERO;
        }
        return Duration.ofMillis(Math.round((total - done) / rate * 1000));
    }
}
