package org.prawat.bench.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.plan.AddPlannedActivity;
import org.prawat.api.plan.DevelopmentPlanId;
import org.prawat.api.plan.DropPlannedActivity;
import org.prawat.api.plan.LinkTrainingToPlannedActivity;
import org.prawat.api.plan.PlanLimits;
import org.prawat.api.plan.PlannedActivity;
import org.prawat.api.plan.PlannedActivityId;
import org.prawat.api.plan.PrepareDevelopmentPlan;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingId;
import org.prawat.bench.data.SeedPhrases.Course;

/**
 * Three-year development plans in step with the manpower plan (2561–2563, 2564–2566, …, as in seed
 * 003), and the trainings done matched against their activities.
 */
final class PlanPart {

    /** The first fiscal year of a plan cycle: seed 003's plan runs 2561–2563. */
    private static final int CYCLE_ORIGIN = 2561;

    private PlanPart() {}

    /** Writes the plans; returns the trainings linked to them, which a retraction must then leave alone. */
    static Set<TrainingId> write(Draft draft, List<TrainingPart.Recorded> trainings) {
        Profile p = draft.profile;
        int firstYear = FiscalYear.containing(p.recordsFrom()).value();
        int cycle = firstYear - Math.floorMod(firstYear - CYCLE_ORIGIN, PlanLimits.YEARS);
        Set<TrainingId> linked = new HashSet<>();
        for (;
                new FiscalYear(cycle).startsOn().minusMonths(2).isBefore(BenchCalendar.TODAY);
                cycle += PlanLimits.YEARS) {
            plan(draft, cycle, trainings, linked);
        }
        return linked;
    }

    private static void plan(Draft draft, int cycle, List<TrainingPart.Recorded> trainings, Set<TrainingId> linked) {
        SplittableRandom random = draft.random;
        var first = new FiscalYear(cycle);
        LocalDate ends = new FiscalYear(cycle + PlanLimits.YEARS - 1).endsOn();
        LocalDate prepared = BenchCalendar.max(
                first.startsOn().minusDays(10 + random.nextInt(31)),
                draft.profile.recordsFrom().plusDays(20));
        if (!draft.open(prepared) || prepared.isAfter(ends.minusMonths(6))) {
            return;
        }
        var planId = new DevelopmentPlanId(Randoms.uuid(random));
        List<PlannedActivity> activities = new ArrayList<>();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            activities.add(activity(random, cycle));
        }
        String approvedBy = ThaiNames.signatory(random) + " "
                + draft.profile.placement().organisation().type().head();
        draft.timeline.add(
                prepared,
                new PrepareDevelopmentPlan(draft.employeeId(), planId, first, activities, approvedBy, prepared));
        Set<PlannedActivityId> dropped = new HashSet<>();
        LocalDate dropOn = draft.daysAfter(prepared, 200, 500);
        if (Randoms.chance(random, 0.05) && draft.open(dropOn)) {
            PlannedActivity drop = Randoms.pick(random, activities);
            dropped.add(drop.activityId());
            draft.timeline.add(
                    dropOn,
                    new DropPlannedActivity(
                            draft.employeeId(),
                            planId,
                            drop.activityId(),
                            "หน่วยงานผู้จัดงดจัดหลักสูตรในปีงบประมาณนี้"));
        }
        LocalDate addOn = draft.daysAfter(prepared, 100, 300);
        if (Randoms.chance(random, 0.1) && draft.open(addOn)) {
            draft.timeline.add(addOn, new AddPlannedActivity(draft.employeeId(), planId, activity(random, cycle)));
        }
        List<PlannedActivity> open = activities.stream()
                .filter(a -> !dropped.contains(a.activityId()))
                .toList();
        for (TrainingPart.Recorded training : trainings) {
            LocalDate end = training.training().endDate();
            LocalDate linkOn = draft.daysAfter(end, 1, 10);
            if (open.isEmpty()
                    || end.isBefore(prepared)
                    || end.isAfter(ends)
                    || !draft.open(linkOn)
                    || !Randoms.chance(random, 0.6)) {
                continue;
            }
            PlannedActivity target = open.stream()
                    .filter(a -> a.area() == training.training().area())
                    .findFirst()
                    .orElse(open.get(0));
            draft.timeline.add(
                    linkOn,
                    new LinkTrainingToPlannedActivity(
                            draft.employeeId(), planId, target.activityId(), training.trainingId()));
            linked.add(training.trainingId());
        }
    }

    private static PlannedActivity activity(SplittableRandom random, int cycle) {
        DevelopmentArea area = Randoms.pick(random, List.of(DevelopmentArea.values()));
        List<Course> courses =
                SeedPhrases.COURSES.stream().filter(c -> c.area() == area).toList();
        Course course = Randoms.pick(random, courses);
        return new PlannedActivity(
                new PlannedActivityId(Randoms.uuid(random)),
                area,
                course.kind(),
                course.title(),
                new FiscalYear(cycle + random.nextInt(PlanLimits.YEARS)),
                BigDecimal.valueOf(6L * (1 + random.nextInt(5))));
    }
}
