package org.prawat.bench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.prawat.bench.data.DataSize;

/** The report's rows, each measured figure beside its raw limit and the target issue 7 sets for it. */
final class BenchRows {

    private static final Target APPEND = Target.atLeast(2_000, "events/s").and(Target.shareOfRawAtLeast(0.5));
    private static final Target WITHIN_TWICE_RAW = Target.withinTimesRaw(2);

    private final DataSize size;
    private final List<Measurement> rows = new ArrayList<>();

    BenchRows(DataSize size) {
        this.size = size;
    }

    void append(DataSetLoader.Phase phase, double rawRowsPerSecond) {
        rows.add(Measurement.of(
                "Append, " + phase.clients() + (phase.clients() == 1 ? " client" : " clients"),
                "events/s",
                phase.eventsPerSecond(),
                rawRowsPerSecond,
                APPEND,
                String.format(
                        Locale.ROOT,
                        "%,d events in %.1f s; raw: as many rows of the same shapes, one per transaction, from %d thread(s)",
                        phase.events(),
                        phase.seconds(),
                        phase.clients())));
    }

    void attendance(DataSetLoader.Attendance attendance, double rawMillis) {
        rows.add(Measurement.of(
                "Bulk attendance of " + attendance.attendees(),
                "ms",
                attendance.millis(),
                rawMillis,
                Target.below(1_000, "ms"),
                String.format(
                        Locale.ROOT,
                        "one RecordSessionAttendance storing %,d events, sent once the projections had caught up with the load;"
                                + " raw: the same number of rows in one transaction",
                        attendance.events())));
    }

    void lag(ProjectionLag.Result lag, RawLag.Result raw, int rate) {
        String note = String.format(
                Locale.ROOT,
                "asked %d events/s, sent %.0f/s; %d probes watched every 20 ms by one real-time _mget (visible, as"
                        + " FindCaseHistory reads) and one ids search (searchable, after a refresh); %d never showed"
                        + " within 30 s; afterwards %d visible probes missing from FindCaseHistory; raw: one row"
                        + " inserted + the document indexed and read back, in sequence",
                rate,
                lag.sentPerSecond(),
                lag.visible().count(),
                lag.lost(),
                lag.notInCaseFile());
        lagRow("visible in the case file", 50, lag.visible(), raw.visible(), null, note);
        lagRow("visible in the case file", 99, lag.visible(), raw.visible(), null, "");
        lagRow("searchable", 50, lag.searchable(), raw.searchable(), null, "");
        lagRow(
                "searchable",
                99,
                lag.searchable(),
                raw.searchable(),
                Target.below(1_000, "ms"),
                "searchable: found by a search, after the index's periodic refresh; raw: indexed with"
                        + " refresh=wait_for");
    }

    private void lagRow(String what, int percentile, Latencies lags, Latencies raw, Target target, String note) {
        rows.add(Measurement.of(
                "Projection lag, " + what + " p" + percentile,
                "ms",
                lags.percentileMillis(percentile),
                raw.percentileMillis(percentile),
                target,
                note));
    }

    void query(String name, QueryLatency.Result result, String note) {
        boolean search = name.startsWith("Search");
        Target p95 =
                search && size != DataSize.SMALL ? WITHIN_TWICE_RAW.and(Target.below(100, "ms")) : WITHIN_TWICE_RAW;
        percentiles(name, result, p95, note);
    }

    void asAt(long events, QueryLatency.Result result) {
        percentiles(
                String.format(Locale.ROOT, "As-at reconstruction (%,d events)", events),
                result,
                Target.below(50, "ms"),
                "FindCaseHistoryAsAt as the auditor; no Elasticsearch equivalent: raw is reading the same event"
                        + " rows with plain JDBC, the target is absolute");
    }

    void replay(Replay.Result replay) {
        Target target = Target.shareOfRawAtLeast(0.5);
        if (size != DataSize.SMALL) {
            target = target.and(Target.atLeast(1_000_000 / 180.0, "events/s"));
        }
        rows.add(Measurement.of(
                "Replay (rebuild every index)",
                "events/s",
                replay.eventsPerSecond(),
                replay.rawEventsPerSecond(),
                target,
                String.format(
                        Locale.ROOT,
                        "%,d events in %.1f s; raw: %,d documents in %,d _bulk requests took %.1f s",
                        replay.events(),
                        replay.seconds(),
                        replay.raw().documents(),
                        replay.raw().bulks(),
                        replay.raw().seconds())));
    }

    private void percentiles(String name, QueryLatency.Result result, Target p95, String note) {
        rows.add(Measurement.of(
                name + " p50",
                "ms",
                result.app().percentileMillis(50),
                result.raw().percentileMillis(50),
                null,
                note));
        rows.add(Measurement.of(
                name + " p95",
                "ms",
                result.app().percentileMillis(95),
                result.raw().percentileMillis(95),
                p95,
                ""));
        rows.add(Measurement.of(
                name + " p99",
                "ms",
                result.app().percentileMillis(99),
                result.raw().percentileMillis(99),
                null,
                ""));
    }

    /**
     * A row's name without what depends on the data (the team's head count, the case file's
     * length), so rows of two sizes pair up.
     */
    static java.util.function.Function<Measurement, String> key() {
        return row -> row.name().replaceAll("\\s*\\([\\d,]+ [^)]*\\)", "");
    }

    List<Measurement> rows() {
        return List.copyOf(rows);
    }
}
