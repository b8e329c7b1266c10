package org.prawat.api.rebuild;

import java.time.Duration;
import java.time.Instant;

/**
 * A rebuild's progress: {@code done} events replayed of about {@code total} (the last event's
 * position in the store when the rebuild started), the rate so far, and the estimated time left
 * ({@code eta}, null when not running or not yet measurable). {@code message} says what happened
 * last, in Thai and English (the reason when it failed).
 */
public record RebuildProgress(
        RebuildState state,
        long done,
        long total,
        double eventsPerSecond,
        Duration eta,
        Instant startedAt,
        Instant finishedAt,
        String message) {

    public static RebuildProgress idle() {
        return new RebuildProgress(
                RebuildState.IDLE, 0, 0, 0, null, null, null, "ยังไม่เคยสร้างดัชนีใหม่ / No rebuild has run yet");
    }
}
