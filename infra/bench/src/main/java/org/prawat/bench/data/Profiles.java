package org.prawat.bench.data;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.NationalIds;
import org.prawat.api.employee.SeparationReason;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.bench.data.OrganisationTree.Head;
import org.prawat.bench.data.OrganisationTree.Placement;
import org.prawat.bench.data.Profile.Kind;

/**
 * Draws employee {@code index}'s profile from the seed alone: the unit heads come first, then the
 * veteran of the as-at query, then everyone else.
 */
final class Profiles {

    /** Leaving other than by retirement, per year of service: resigned, transferred out, deceased, dismissed. */
    private static final double[] LEAVING_PER_YEAR = {0.015, 0.008, 0.002, 0.0005};

    private static final SeparationReason[] LEAVING_REASONS = {
        SeparationReason.RESIGNED,
        SeparationReason.TRANSFERRED_OUT,
        SeparationReason.DECEASED,
        SeparationReason.DISMISSED
    };
    private static final LocalDate EARLIEST_APPOINTMENT = LocalDate.of(1987, 1, 1);

    private final long seed;
    private final OrganisationTree tree;
    private final List<Head> heads;
    private final LocalDate recordsSince;

    Profiles(long seed, OrganisationTree tree, LocalDate recordsSince) {
        this.seed = seed;
        this.tree = tree;
        this.heads = tree.heads();
        this.recordsSince = recordsSince;
    }

    int veteranIndex() {
        return heads.size();
    }

    Profile profile(int index) {
        SplittableRandom random = Randoms.forItem(seed, "employee", index);
        var employeeId = new EmployeeId(Randoms.uuid(random));
        if (index < heads.size()) {
            Head head = heads.get(index);
            var placement = new Placement(head.unitId(), head.organisation(), null);
            LocalDate appointed = Randoms.day(random, LocalDate.of(1992, 1, 1), LocalDate.of(2008, 12, 31));
            return inService(index, employeeId, random, placement, head.position(), appointed, Kind.HEAD);
        }
        if (index == veteranIndex()) {
            Placement hr = tree.personnelDivisionOfLargestTeam();
            var position = new Position("นักทรัพยากรบุคคล", PositionLine.ACAD);
            return inService(index, employeeId, random, hr, position, LocalDate.of(1991, 10, 1), Kind.VETERAN);
        }
        return regular(index, employeeId, random);
    }

    private Profile regular(int index, EmployeeId employeeId, SplittableRandom random) {
        Placement placement = tree.placementFor(random);
        Position position = Randoms.pick(random, placement.division().positions());
        LocalDate appointed;
        LocalDate born;
        LocalDate retires;
        do { // nobody retired before the case files started is in them
            appointed = Randoms.day(random, EARLIEST_APPOINTMENT, BenchCalendar.TODAY.minusDays(30));
            born = appointed.minusYears(22 + random.nextInt(16)).minusDays(random.nextInt(365));
            retires = FiscalYear.containing(born.plusYears(60)).endsOn();
        } while (retires.isBefore(recordsSince.plusMonths(6)));
        LocalDate from = BenchCalendar.max(appointed, recordsSince);
        LocalDate separated = null;
        SeparationReason reason = null;
        double hazard = 0;
        for (double rate : LEAVING_PER_YEAR) {
            hazard += rate;
        }
        long leavesAfterDays = (long) (-Math.log(1 - random.nextDouble()) / hazard * 365);
        LocalDate leaves = from.plusDays(Math.max(leavesAfterDays, 200));
        if (leaves.isBefore(retires) && !leaves.isAfter(BenchCalendar.TODAY)) {
            separated = leaves;
            reason = leavingReason(random, hazard);
        } else if (!retires.isAfter(BenchCalendar.TODAY)) {
            separated = retires;
            reason = SeparationReason.RETIRED;
        }
        var name = ThaiNames.draw(random, position.line() == PositionLine.ACAD);
        var type = position.line().personnelType(placement.organisation().type().officials());
        return new Profile(
                index,
                employeeId,
                nationalId(index, born, random),
                name,
                born,
                appointed,
                placement,
                position,
                type,
                from,
                separated,
                reason,
                Kind.REGULAR);
    }

    private Profile inService(
            int index,
            EmployeeId employeeId,
            SplittableRandom random,
            Placement placement,
            Position position,
            LocalDate appointed,
            Kind kind) {
        LocalDate born = kind == Kind.VETERAN
                ? LocalDate.of(1968, 5, 14)
                : appointed.minusYears(23 + random.nextInt(5)).minusDays(random.nextInt(365));
        var name = ThaiNames.draw(random, true);
        var type = position.line().personnelType(placement.organisation().type().officials());
        LocalDate from = kind == Kind.VETERAN ? appointed : BenchCalendar.max(appointed, recordsSince);
        return new Profile(
                index,
                employeeId,
                nationalId(index, born, random),
                name,
                born,
                appointed,
                placement,
                position,
                type,
                from,
                null,
                null,
                kind);
    }

    private static SeparationReason leavingReason(SplittableRandom random, double hazard) {
        double target = random.nextDouble() * hazard;
        for (int i = 0; i < LEAVING_PER_YEAR.length; i++) {
            target -= LEAVING_PER_YEAR[i];
            if (target < 0) {
                return LEAVING_REASONS[i];
            }
        }
        return LEAVING_REASONS[0];
    }

    /**
     * A valid, unique national ID: 1 for those born from 1984 (registered at birth), 3 for those
     * in a house register before; a registry office code; seven digits that are a bijection of the
     * index (7,654,321 is coprime to 10), so no two employees share one; the check digit.
     */
    private String nationalId(int index, LocalDate born, SplittableRandom random) {
        String kind = born.getYear() >= 1984 ? "1" : "3";
        String office = String.format("%02d%02d", 10 + random.nextInt(87), 1 + random.nextInt(20));
        long unique = Math.floorMod(index * 7_654_321L + seed, 10_000_000L);
        String twelve = kind + office + String.format("%07d", unique);
        return twelve + NationalIds.checkDigit(twelve + "0");
    }
}
