package org.prawat.bench.run;

import java.util.Locale;
import java.util.function.BiPredicate;

/** A target of issue 7: on the figure itself, on its ratio to the raw limit, or on both. */
record Target(String text, BiPredicate<Double, Double> test) {

    boolean met(double value, double ratio) {
        return test.test(value, ratio);
    }

    static Target atLeast(double value, String unit) {
        return new Target("≥ " + number(value) + " " + unit, (v, r) -> v >= value);
    }

    static Target below(double value, String unit) {
        return new Target("< " + number(value) + " " + unit, (v, r) -> v < value);
    }

    /** A throughput that reaches at least {@code share} of its raw limit. */
    static Target shareOfRawAtLeast(double share) {
        return new Target("≥ " + Math.round(share * 100) + " % of raw", (v, r) -> Double.isFinite(r) && r >= share);
    }

    /** A latency within {@code times} its raw limit. */
    static Target withinTimesRaw(double times) {
        return new Target("≤ " + number(times) + "× raw", (v, r) -> Double.isFinite(r) && r <= times);
    }

    Target and(Target other) {
        return new Target(text + " and " + other.text, (v, r) -> test.test(v, r) && other.test.test(v, r));
    }

    static String number(double value) {
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }
}
