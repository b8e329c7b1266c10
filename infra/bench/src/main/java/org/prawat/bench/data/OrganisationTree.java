package org.prawat.bench.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;
import org.prawat.bench.data.ThaiPlaces.Division;
import org.prawat.bench.data.ThaiPlaces.Province;

/**
 * The organisation tree sized to the data set: กระทรวงมหาดไทย, its provinces, in each an อบจ., a
 * เทศบาลเมือง, เทศบาลตำบล and อบต. (สำนักงานเขต in Bangkok), their divisions (สำนัก/กอง) and sections
 * (ฝ่าย/งาน). The first province's อบจ. is the big one (it runs schools): the 1,000-person team.
 */
final class OrganisationTree {

    /** An organisation (อบจ., เทศบาล, อบต., สำนักงานเขต) and how many people it employs relative to others. */
    record Organisation(int index, OrganisationUnitId unitId, String name, OrganisationType type, double weight) {}

    /** Where a person works: a division or one of its sections, and the positions found there. */
    record Placement(OrganisationUnitId unitId, Organisation organisation, Division division) {}

    /** A unit's head, registered first so that the unit's manager can be assigned. */
    record Head(OrganisationUnitId unitId, Organisation organisation, Position position) {}

    private static final LocalDate MINISTRY_FOUNDED = LocalDate.of(1892, 4, 1);
    private static final LocalDate PROVINCES_ORGANISED = LocalDate.of(1933, 12, 9);

    private final SplittableRandom ids;
    private final List<CreateOrganisationUnit> commands = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<List<Placement>> placements = new ArrayList<>();
    private final List<Head> heads = new ArrayList<>();
    private double[] cumulativeWeights = new double[0];

    OrganisationTree(DataSize size, long seed) {
        this.ids = Randoms.forItem(seed, "organisation", 0);
        var ministry = create("กระทรวงมหาดไทย", UnitKind.MINISTRY, null, MINISTRY_FOUNDED);
        List<Province> provinces =
                switch (size) {
                    case SMALL -> ThaiPlaces.PROVINCES.subList(0, 1);
                    case MEDIUM -> ThaiPlaces.PROVINCES.subList(0, 6);
                    case LARGE -> ThaiPlaces.PROVINCES;
                };
        for (Province province : provinces) {
            addProvince(province, ministry, size == DataSize.SMALL, province == provinces.get(0));
        }
    }

    List<CreateOrganisationUnit> commands() {
        return List.copyOf(commands);
    }

    List<Head> heads() {
        return List.copyOf(heads);
    }

    /** The first province's อบจ.: the subtree whose people the team-timeline query pages through. */
    Organisation largestTeam() {
        return organisations.get(0);
    }

    /** Where the veteran of the as-at query works: the personnel division (กองการเจ้าหน้าที่) of the largest team. */
    Placement personnelDivisionOfLargestTeam() {
        return placements.get(0).stream()
                .filter(p -> p.division().name().equals("กองการเจ้าหน้าที่"))
                .findFirst()
                .orElseThrow();
    }

    /** A workplace for a new employee, organisations weighted by how many people they employ. */
    Placement placementFor(SplittableRandom random) {
        double target = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        int found = Arrays.binarySearch(cumulativeWeights, target);
        int index = Math.min(found >= 0 ? found + 1 : -found - 1, organisations.size() - 1);
        return placementIn(organisations.get(index), random);
    }

    /** Another workplace for a transfer: mostly in the same organisation, sometimes another one nearby. */
    Placement transferFrom(Placement current, SplittableRandom random) {
        Organisation target = Randoms.chance(random, 0.8)
                ? current.organisation()
                : placementFor(random).organisation();
        for (int attempt = 0; attempt < 20; attempt++) {
            Placement next = placementIn(target, random);
            if (!next.unitId().equals(current.unitId())) {
                return next;
            }
        }
        return placements.stream()
                .flatMap(List::stream)
                .filter(p -> !p.unitId().equals(current.unitId()))
                .findFirst()
                .orElseThrow();
    }

    private Placement placementIn(Organisation organisation, SplittableRandom random) {
        return Randoms.pick(random, placements.get(organisation.index()));
    }

    private void addProvince(Province province, OrganisationUnitId ministry, boolean small, boolean first) {
        String provinceName = province.isBangkok() ? province.name() : "จังหวัด" + province.name();
        LocalDate organised = province.name().equals("บึงกาฬ") ? LocalDate.of(2011, 3, 23) : PROVINCES_ORGANISED;
        var provinceId = create(provinceName, UnitKind.PROVINCE, ministry, organised);
        List<String> districts = province.districts();
        if (province.isBangkok()) {
            districts.stream().limit(6).forEach(khet -> addOrganisation(OrganisationType.BMA, khet, provinceId, 1));
            return;
        }
        addOrganisation(OrganisationType.PAO, province.name(), provinceId, first ? 1.6 : 1);
        addOrganisation(OrganisationType.CITY, province.name(), provinceId, 1);
        if (!small) {
            districts.stream().skip(1).limit(2).forEach(d -> addOrganisation(OrganisationType.TOWN, d, provinceId, 1));
        }
        districts.stream()
                .skip(small ? 1 : 3)
                .limit(small ? 2 : 4)
                .forEach(d -> addOrganisation(OrganisationType.SAO, d, provinceId, 1));
    }

    private void addOrganisation(OrganisationType type, String place, OrganisationUnitId provinceId, double scale) {
        LocalDate established =
                switch (type) {
                    case PAO -> LocalDate.of(1997, 10, 1);
                    case CITY -> LocalDate.of(1936, 4, 1);
                    case TOWN -> LocalDate.of(1999, 5, 25);
                    case SAO -> LocalDate.of(1997, 3, 1);
                    case BMA -> LocalDate.of(1972, 12, 13);
                };
        String name = type.nameFor(place);
        var organisation = new Organisation(
                organisations.size(),
                create(name, UnitKind.ORGANISATION, provinceId, established),
                name,
                type,
                type.headcountWeight() * scale);
        organisations.add(organisation);
        double before = cumulativeWeights.length == 0 ? 0 : cumulativeWeights[cumulativeWeights.length - 1];
        cumulativeWeights = Arrays.copyOf(cumulativeWeights, cumulativeWeights.length + 1);
        cumulativeWeights[cumulativeWeights.length - 1] = before + organisation.weight();
        var inside = new ArrayList<Placement>();
        placements.add(inside);
        heads.add(new Head(organisation.unitId(), organisation, new Position(type.head(), PositionLine.EXEC)));
        for (Division division : ThaiPlaces.divisionsOf(type)) {
            var divisionId = create(division.name(), UnitKind.DIVISION, organisation.unitId(), established);
            heads.add(new Head(divisionId, organisation, new Position(division.head(), PositionLine.ADMIN)));
            inside.add(new Placement(divisionId, organisation, division));
            for (String section : division.sections()) {
                var sectionId = create(section, UnitKind.SECTION, divisionId, established);
                inside.add(new Placement(sectionId, organisation, division));
            }
        }
    }

    private OrganisationUnitId create(String name, UnitKind kind, OrganisationUnitId parent, LocalDate effectiveOn) {
        var id = new OrganisationUnitId(Randoms.uuid(ids));
        commands.add(new CreateOrganisationUnit(id, name, kind, parent, effectiveOn));
        return id;
    }
}
