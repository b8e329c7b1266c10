package org.prawat.bench.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.prawat.api.employee.ChangePosition;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.employee.SeparateEmployee;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.bench.data.OrganisationTree.Placement;
import org.prawat.bench.data.Profile.Kind;

/** The career in a case file: registration, promotions to the next level, transfers, separation. */
final class CareerPart {

    private static final double TRANSFERS_PER_YEAR = 0.04;

    private CareerPart() {}

    /** Registers the employee first; returns the unit they work in at the end. */
    static OrganisationUnitId write(Draft draft, OrganisationTree tree) {
        Profile p = draft.profile;
        draft.timeline.add(
                LocalDate.MIN,
                new RegisterEmployee(
                        p.employeeId(),
                        p.nationalId(),
                        p.name().title(),
                        p.name().firstName(),
                        p.name().lastName(),
                        p.personnelType(),
                        p.placement().unitId(),
                        p.position().name(),
                        levelOrNull(p.position().line().levelAfter(p.serviceYearsOn(p.recordsFrom()))),
                        p.appointedOn()));
        for (int years : p.position().line().promotions()) {
            LocalDate promoted = draft.daysAfter(p.appointedOn().plusYears(years), 0, 180);
            if (promoted.isAfter(p.recordsFrom()) && draft.open(promoted)) {
                draft.timeline.add(
                        promoted,
                        new ChangePosition(
                                p.employeeId(),
                                p.position().name(),
                                levelOrNull(p.position().line().levelAfter(years)),
                                draft.orderNumber(promoted),
                                promoted));
            }
        }
        return p.kind() == Kind.REGULAR ? transfers(draft, tree) : p.placement().unitId();
    }

    /** Closes the case file; written last, as nothing but corrections may follow it. */
    static void separate(Draft draft) {
        Profile p = draft.profile;
        if (p.separatedOn() != null) {
            draft.timeline.add(
                    p.separatedOn(),
                    new SeparateEmployee(
                            p.employeeId(), p.reason(), draft.orderNumber(p.separatedOn()), p.separatedOn()));
        }
    }

    private static OrganisationUnitId transfers(Draft draft, OrganisationTree tree) {
        Profile p = draft.profile;
        LocalDate first = p.recordsFrom().plusDays(90);
        LocalDate last = BenchCalendar.min(p.lastDay().minusDays(1), BenchCalendar.TODAY);
        if (!first.isBefore(last)) {
            return p.placement().unitId();
        }
        double years = ChronoUnit.DAYS.between(first, last) / 365.0;
        List<LocalDate> dates = new ArrayList<>();
        for (int i = Randoms.poisson(draft.random, years * TRANSFERS_PER_YEAR); i > 0; i--) {
            dates.add(Randoms.day(draft.random, first, last));
        }
        dates.sort(null);
        Placement current = p.placement();
        for (LocalDate effective : dates) {
            current = tree.transferFrom(current, draft.random);
            draft.timeline.add(
                    effective,
                    new TransferEmployee(p.employeeId(), current.unitId(), draft.orderNumber(effective), effective));
        }
        return current.unitId();
    }

    private static String levelOrNull(String level) {
        return level.isEmpty() ? null : level;
    }
}
