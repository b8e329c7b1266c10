package org.prawat.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.prawat.api.rebuild.RebuildState;

class ProgressMeterTest {

    private static final Instant START = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void the_rate_is_events_replayed_per_second_since_the_start() {
        var progress = ProgressMeter.started(START, 10_000).applied(2_000).at(START.plusSeconds(4));

        assertThat(progress.done()).isEqualTo(2_000);
        assertThat(progress.eventsPerSecond()).isEqualTo(500.0);
    }

    @Test
    void the_estimate_is_what_is_left_at_the_rate_so_far() {
        var progress = ProgressMeter.started(START, 10_000).applied(2_000).at(START.plusSeconds(4));

        assertThat(progress.eta()).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void nothing_can_be_estimated_before_the_first_event() {
        var progress = ProgressMeter.started(START, 10_000).at(START);

        assertThat(progress.eventsPerSecond()).isZero();
        assertThat(progress.eta()).isNull();
        assertThat(progress.state()).isEqualTo(RebuildState.RUNNING);
    }

    @Test
    void events_recorded_during_the_rebuild_raise_the_total_with_done() {
        var progress = ProgressMeter.started(START, 100).applied(130).at(START.plusSeconds(1));

        assertThat(progress.total()).isEqualTo(130);
        assertThat(progress.eta()).isEqualTo(Duration.ZERO);
    }

    @Test
    void a_finished_rebuild_keeps_its_rate_and_has_nothing_left() {
        var progress = ProgressMeter.started(START, 1_000)
                .applied(1_000)
                .now(RebuildState.DONE, "เสร็จ / Done", START.plusSeconds(2))
                .at(START.plusSeconds(60));

        assertThat(progress.eventsPerSecond()).isEqualTo(500.0);
        assertThat(progress.eta()).isEqualTo(Duration.ZERO);
        assertThat(progress.finishedAt()).isEqualTo(START.plusSeconds(2));
    }
}
