package org.prawat.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the figures change from one size to another (issue 7: "cost per event from small to medium
 * within 1.5×"): for each row in both reports, the cost per event (the inverse of a throughput) or
 * the latency at each size and their ratio. Run as
 * {@code java … CompareReports target/bench/report-small.json target/bench/report-medium.json}.
 */
public final class CompareReports {

    /** One row in both reports: cost (ms per event, or ms) at each size, larger over smaller. */
    record Change(String name, String unit, double smaller, double larger, double ratio, String target, Boolean pass) {}

    private static final double COST_PER_EVENT_LIMIT = 1.5;

    private CompareReports() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: CompareReports <smaller report.json> <larger report.json>");
        }
        var smaller = BenchReport.read(Path.of(args[0]));
        var larger = BenchReport.read(Path.of(args[1]));
        var changes = compare(smaller, larger);
        String name = "compare-" + smaller.size().toLowerCase(Locale.ROOT) + "-"
                + larger.size().toLowerCase(Locale.ROOT);
        Path directory = Path.of(args[1]).toAbsolutePath().getParent();
        BenchReport.JSON.writeValue(directory.resolve(name + ".json").toFile(), changes);
        String markdown = markdown(smaller, larger, changes);
        Files.writeString(directory.resolve(name + ".md"), markdown);
        System.out.println(markdown);
    }

    static List<Change> compare(BenchReport smaller, BenchReport larger) {
        Map<String, Measurement> before =
                smaller.rows().stream().collect(Collectors.toMap(BenchRows.key(), Function.identity(), (a, b) -> a));
        List<Change> changes = new ArrayList<>();
        for (var after : larger.rows()) {
            var was = before.get(BenchRows.key().apply(after));
            if (was == null) {
                continue;
            }
            boolean throughput = after.unit().endsWith("/s");
            double from = throughput ? 1000 / was.value() : was.value();
            double to = throughput ? 1000 / after.value() : after.value();
            double ratio = to / from;
            changes.add(new Change(
                    after.name(),
                    throughput ? "ms/event" : after.unit(),
                    from,
                    to,
                    ratio,
                    throughput ? "≤ " + COST_PER_EVENT_LIMIT + "×" : "",
                    throughput ? ratio <= COST_PER_EVENT_LIMIT : null));
        }
        return changes;
    }

    private static String markdown(BenchReport smaller, BenchReport larger, List<Change> changes) {
        var md = new StringBuilder(String.format(
                Locale.ROOT,
                "## %s (%,d events) → %s (%,d events)%n%n| Measurement | Unit | %s | %s | Ratio | Target | Pass |%n"
                        + "|---|---|---:|---:|---:|---|---|%n",
                smaller.size(),
                smaller.events(),
                larger.size(),
                larger.events(),
                smaller.size(),
                larger.size()));
        for (var c : changes) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.3f | %.3f | %.2f | %s | %s |%n",
                    c.name(),
                    c.unit(),
                    c.smaller(),
                    c.larger(),
                    c.ratio(),
                    c.target(),
                    c.pass() == null ? "" : c.pass() ? "yes" : "**no**"));
        }
        return md.toString();
    }
}
