package org.prawat.api.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where each {@link EvaluationLevel} starts, as announced from {@code validFrom} on. The bands are
 * versioned: a new announcement is a new entry in {@link #HISTORY}, never an edit of an old one,
 * and an evaluation stores the level and {@code version} it was given, so old results keep theirs.
 */
public record EvaluationBands(
        String version,
        LocalDate validFrom,
        BigDecimal outstandingFrom,
        BigDecimal veryGoodFrom,
        BigDecimal goodFrom,
        BigDecimal fairFrom) {

    /** ดีเด่น ≥ 90, ดีมาก 80–89, ดี 70–79, พอใช้ 60–69, ต้องปรับปรุง < 60; from round 1/2561. */
    public static final EvaluationBands V2560 = new EvaluationBands(
            "2560",
            LocalDate.of(2017, 10, 1),
            BigDecimal.valueOf(90),
            BigDecimal.valueOf(80),
            BigDecimal.valueOf(70),
            BigDecimal.valueOf(60));

    /** Every version ever in force; append a new one, never change or remove one. */
    public static final List<EvaluationBands> HISTORY = List.of(V2560);

    public EvaluationBands {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    /** The version in force on {@code date}; the oldest known version also covers dates before it. */
    public static EvaluationBands inForceOn(LocalDate date) {
        return inForceOn(date, HISTORY);
    }

    /** As {@link #inForceOn(LocalDate)}, over the given {@code history}. */
    public static EvaluationBands inForceOn(LocalDate date, List<EvaluationBands> history) {
        var byValidFrom = Comparator.comparing(EvaluationBands::validFrom);
        return history.stream()
                .filter(bands -> !bands.validFrom().isAfter(date))
                .max(byValidFrom)
                .orElseGet(() -> history.stream().min(byValidFrom).orElseThrow());
    }

    /**
     * The version an evaluation was graded with, so that a correction grades it again with the same
     * bands; versions are never removed from {@link #HISTORY}.
     */
    public static EvaluationBands ofVersion(String version) {
        return ofVersion(version, HISTORY);
    }

    /** As {@link #ofVersion(String)}, over the given {@code history}. */
    public static EvaluationBands ofVersion(String version, List<EvaluationBands> history) {
        return history.stream()
                .filter(bands -> bands.version().equals(version))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No evaluation bands version " + version));
    }

    public EvaluationLevel levelOf(BigDecimal total) {
        if (total.compareTo(outstandingFrom) >= 0) {
            return EvaluationLevel.OUTSTANDING;
        }
        if (total.compareTo(veryGoodFrom) >= 0) {
            return EvaluationLevel.VERY_GOOD;
        }
        if (total.compareTo(goodFrom) >= 0) {
            return EvaluationLevel.GOOD;
        }
        if (total.compareTo(fairFrom) >= 0) {
            return EvaluationLevel.FAIR;
        }
        return EvaluationLevel.NEEDS_IMPROVEMENT;
    }
}
