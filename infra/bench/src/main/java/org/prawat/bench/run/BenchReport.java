package org.prawat.bench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run measured: the data size and events stored, the machine, every row with its raw limit,
 * and notes on what stands beside the figures (refused commands, settings of the servers). Written
 * as JSON for machines and as a Markdown table for people; both carry the same rows.
 */
public record BenchReport(
        String size,
        long events,
        String startedAt,
        double seconds,
        Map<String, String> machine,
        List<Measurement> rows,
        List<String> notes) {

    public BenchReport {
        machine = Map.copyOf(machine);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes {@code report-<size>.json} and {@code .md} into {@code directory}; answers the Markdown. */
    public String write(Path directory) throws IOException {
        Files.createDirectories(directory);
        String name = "report-" + size.toLowerCase(Locale.ROOT);
        JSON.writeValue(directory.resolve(name + ".json").toFile(), this);
        String markdown = markdown();
        Files.writeString(directory.resolve(name + ".md"), markdown);
        return markdown;
    }

    public static BenchReport read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), BenchReport.class);
    }

    String markdown() {
        var md = new StringBuilder();
        md.append("## Benchmark ").append(size).append(": ").append(String.format(Locale.ROOT, "%,d", events));
        md.append(" events, ").append(startedAt).append("\n\n");
        md.append("| Measurement | Unit | Value | Raw limit | Ratio | Target | Pass |\n");
        md.append("|---|---|---:|---:|---:|---|---|\n");
        for (var row : rows) {
            md.append("| ")
                    .append(row.name())
                    .append(" | ")
                    .append(row.unit())
                    .append(" | ")
                    .append(figure(row.value()))
                    .append(" | ")
                    .append(figure(row.raw()))
                    .append(" | ")
                    .append(Double.isFinite(row.ratio()) ? String.format(Locale.ROOT, "%.2f", row.ratio()) : "–")
                    .append(" | ")
                    .append(row.target())
                    .append(" | ")
                    .append(row.pass() == null ? "" : row.pass() ? "yes" : "**no**")
                    .append(" |\n");
        }
        md.append("\nMachine: ");
        machine.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e ->
                        md.append(e.getKey()).append("=").append(e.getValue()).append("; "));
        md.append("\n\n");
        rows.stream().filter(r -> r.note() != null && !r.note().isBlank()).forEach(r -> md.append("- ")
                .append(r.name())
                .append(": ")
                .append(r.note())
                .append('\n'));
        notes.forEach(note -> md.append("- ").append(note).append('\n'));
        return md.toString();
    }

    static String figure(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        return Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
