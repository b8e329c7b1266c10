package org.prawat.bench.data;

import java.util.List;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingKind;

/**
 * Course titles, providers, trainers, venues and report phrases taken from the seed texts
 * (shared/seeds, which the repository does not hold), shipped in {@code bench/seed-phrases.tsv}.
 */
final class SeedPhrases {

    /** A course as the seed texts name it; "กองการเจ้าหน้าที่" runs it in-house, in each organisation. */
    record Course(String title, TrainingKind kind, DevelopmentArea area, String provider) {

        boolean inHouse() {
            return provider.equals("กองการเจ้าหน้าที่");
        }
    }

    private static final List<String[]> ROWS = Resources.tsv("seed-phrases.tsv");

    static final List<Course> COURSES = ROWS.stream()
            .filter(row -> row[0].equals("COURSE"))
            .map(row -> new Course(row[1], TrainingKind.valueOf(row[2]), DevelopmentArea.valueOf(row[3]), row[4]))
            .toList();
    static final List<String> TRAINERS = column("TRAINER");
    static final List<String> VENUES = column("VENUE");
    static final List<String> LEARNED = column("LEARNED");
    static final List<String> APPLIED = column("APPLIED");
    static final List<String> PRAISE = column("PRAISE");
    static final List<String> CERTIFICATES = column("CERTIFICATE");
    static final List<String> CORRECTIONS = column("CORRECTION");

    private SeedPhrases() {}

    /** The orientation course every newly appointed person attends. */
    static Course orientation() {
        return COURSES.get(0);
    }

    private static List<String> column(String kind) {
        return ROWS.stream()
                .filter(row -> row[0].equals(kind))
                .map(row -> row[1])
                .toList();
    }
}
