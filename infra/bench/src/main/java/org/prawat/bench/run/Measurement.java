package org.prawat.bench.run;

/**
 * One row of the report: a figure measured through the application beside the raw limit of the
 * same path measured in the same run, their ratio ({@code value / raw}) and whether the target of
 * issue 7 was met ({@code pass} is null when the row has no target at this size).
 */
public record Measurement(
        String name, String unit, double value, double raw, double ratio, String target, Boolean pass, String note) {

    static Measurement of(String name, String unit, double value, double raw, Target target, String note) {
        double ratio = raw == 0 ? Double.NaN : value / raw;
        return new Measurement(
                name,
                unit,
                value,
                raw,
                ratio,
                target == null ? "" : target.text(),
                target == null ? null : target.met(value, ratio),
                note);
    }

    /** Whether the row has both a figure and its raw limit (what the smoke check asks of every row). */
    public boolean complete() {
        return Double.isFinite(value) && Double.isFinite(raw) && raw > 0;
    }
}
