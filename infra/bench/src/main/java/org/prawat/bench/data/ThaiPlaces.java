package org.prawat.bench.data;

import java.util.List;

/**
 * The 77 provinces and a realistic set of their real districts, shipped in
 * {@code bench/provinces.tsv}; the kinds of division each organisation has, in
 * {@code bench/divisions.tsv}.
 */
final class ThaiPlaces {

    record Province(String name, List<String> districts) {

        boolean isBangkok() {
            return name.equals("กรุงเทพมหานคร");
        }
    }

    record Division(OrganisationType type, String name, String head, List<String> sections, List<Position> positions) {}

    static final List<Province> PROVINCES = Resources.tsv("provinces.tsv").stream()
            .map(row -> new Province(row[0], Resources.list(row[1])))
            .toList();

    static final List<Division> DIVISIONS = Resources.tsv("divisions.tsv").stream()
            .map(row -> new Division(
                    OrganisationType.valueOf(row[0]),
                    row[1],
                    row[2],
                    Resources.list(row[3]),
                    Resources.list(row[4]).stream().map(Position::parse).toList()))
            .toList();

    private ThaiPlaces() {}

    static List<Division> divisionsOf(OrganisationType type) {
        return DIVISIONS.stream().filter(d -> d.type() == type).toList();
    }
}
