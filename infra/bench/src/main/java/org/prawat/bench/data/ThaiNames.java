package org.prawat.bench.data;

import java.util.List;
import java.util.SplittableRandom;

/** Common Thai first names and surnames, shipped in {@code bench/names.tsv}. */
final class ThaiNames {

    record Name(String title, String firstName, String lastName, boolean female) {

        /** As it is written in a letter or an order: "นางศิริพร ชูเกิด". */
        String full() {
            return title + firstName + " " + lastName;
        }
    }

    private static final List<String[]> ROWS = Resources.tsv("names.tsv");
    private static final List<String> MALE = column("M");
    private static final List<String> FEMALE = column("F");
    private static final List<String> SURNAMES = column("S");

    private ThaiNames() {}

    /** A person's name; doctors (ดร.) among the academically trained, acting sub-lieutenants among men. */
    static Name draw(SplittableRandom random, boolean academic) {
        boolean female = random.nextBoolean();
        String title;
        if (academic && Randoms.chance(random, 0.04)) {
            title = "ดร.";
        } else if (female) {
            title = Randoms.chance(random, 0.55) ? "นาง" : "นางสาว";
        } else {
            title = Randoms.chance(random, 0.06) ? "ว่าที่ร้อยตรี" : "นาย";
        }
        return new Name(title, Randoms.pick(random, female ? FEMALE : MALE), Randoms.pick(random, SURNAMES), female);
    }

    /** Someone who signs: an evaluator, a reviewer, an approver. */
    static String signatory(SplittableRandom random) {
        return draw(random, false).full();
    }

    private static List<String> column(String kind) {
        return ROWS.stream()
                .filter(row -> row[0].equals(kind))
                .map(row -> row[1])
                .toList();
    }
}
