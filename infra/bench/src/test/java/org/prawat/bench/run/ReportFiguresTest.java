package org.prawat.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic the report's figures rest on: percentiles, targets, and small → medium costs. */
class ReportFiguresTest {

    @Test
    void percentiles_are_nearest_rank_in_milliseconds() {
        var latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.add(ms * 1_000_000L);
        }

        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(95)).isEqualTo(95.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        assertThat(new Latencies().percentileMillis(99)).isNaN();
    }

    @Test
    void a_combined_target_holds_only_when_both_parts_do() {
        var append = Target.atLeast(2_000, "events/s").and(Target.shareOfRawAtLeast(0.5));

        assertThat(append.text()).isEqualTo("≥ 2,000 events/s and ≥ 50 % of raw");
        assertThat(append.met(2_500, 0.6)).isTrue();
        assertThat(append.met(2_500, 0.4)).isFalse();
        assertThat(append.met(1_373, 0.6)).isFalse();
        assertThat(Target.withinTimesRaw(2).met(61, Double.NaN)).isFalse();
        assertThat(Measurement.of("Lag", "ms", 865, 546, Target.below(1_000, "ms"), "")
                        .pass())
                .isTrue();
    }

    @Test
    void throughputs_compare_as_cost_per_event_and_rows_match_across_sizes_despite_their_counts() {
        var small = report(
                "SMALL",
                Measurement.of("Append, 8 clients", "events/s", 1_000, 20_000, null, ""),
                Measurement.of("Team timeline page (386 people) p95", "ms", 28, 23, null, ""));
        var medium = report(
                "MEDIUM",
                Measurement.of("Append, 8 clients", "events/s", 500, 20_000, null, ""),
                Measurement.of("Team timeline page (1,132 people) p95", "ms", 42, 21, null, ""));

        var changes = CompareReports.compare(small, medium);

        assertThat(changes).hasSize(2);
        var append = changes.get(0);
        assertThat(append.unit()).isEqualTo("ms/event");
        assertThat(append.smaller()).isEqualTo(1.0);
        assertThat(append.larger()).isEqualTo(2.0);
        assertThat(append.pass()).isFalse(); // twice the cost per event: beyond 1.5×
        var team = changes.get(1);
        assertThat(team.ratio()).isEqualTo(1.5);
        assertThat(team.pass()).isNull();
    }

    private static BenchReport report(String size, Measurement... rows) {
        return new BenchReport(size, 1, "", 1, Map.of(), List.of(rows), List.of());
    }
}
