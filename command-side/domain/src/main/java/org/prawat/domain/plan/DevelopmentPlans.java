package org.prawat.domain.plan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.plan.ActivityOutsidePlanYears;
import org.prawat.api.plan.AddPlannedActivity;
import org.prawat.api.plan.DevelopmentPlanAlreadyPrepared;
import org.prawat.api.plan.DevelopmentPlanId;
import org.prawat.api.plan.DevelopmentPlanPrepared;
import org.prawat.api.plan.DevelopmentPlansOverlap;
import org.prawat.api.plan.DropPlannedActivity;
import org.prawat.api.plan.DuplicatePlannedActivity;
import org.prawat.api.plan.ImplausiblePlannedHours;
import org.prawat.api.plan.LinkTrainingToPlannedActivity;
import org.prawat.api.plan.NoStandingTraining;
import org.prawat.api.plan.PlanLimits;
import org.prawat.api.plan.PlanWithoutActivities;
import org.prawat.api.plan.PlannedActivity;
import org.prawat.api.plan.PlannedActivityAdded;
import org.prawat.api.plan.PlannedActivityAlreadyDropped;
import org.prawat.api.plan.PlannedActivityDropped;
import org.prawat.api.plan.PlannedActivityId;
import org.prawat.api.plan.PrepareDevelopmentPlan;
import org.prawat.api.plan.TrainingAlreadyLinked;
import org.prawat.api.plan.TrainingLinkedToPlannedActivity;
import org.prawat.api.plan.UnknownDevelopmentPlan;
import org.prawat.api.plan.UnknownPlannedActivity;
import org.prawat.api.training.TrainingId;
import org.prawat.domain.BusinessDates;
import org.prawat.domain.SnapshotState;

/**
 * The three-year development plans of one case file; part of the Employee aggregate. What was done
 * is matched against a plan by linking trainings of the same case file, which this member asks
 * {@code trainingStands} about rather than keeping a copy of the training records.
 */
@SnapshotState
public class DevelopmentPlans {

    /** Not state of this member but a view onto the TrainingRecords member, so not compared or stored with it. */
    private final transient Predicate<TrainingId> trainingStands;

    private final Map<DevelopmentPlanId, PreparedPlan> plans = new HashMap<>();

    public DevelopmentPlans(Predicate<TrainingId> trainingStands) {
        this.trainingStands = Objects.requireNonNull(trainingStands, "trainingStands");
    }

    @CommandHandler
    void handle(PrepareDevelopmentPlan command, Clock clock) {
        if (plans.containsKey(command.planId())) {
            throw new DevelopmentPlanAlreadyPrepared(command.planId());
        }
        FiscalYear first = command.firstFiscalYear();
        FiscalYear last = new FiscalYear(first.value() + PlanLimits.YEARS - 1);
        plans.forEach((planId, plan) -> {
            if (plan.overlaps(first, last)) {
                throw new DevelopmentPlansOverlap(planId, plan.first(), plan.last());
            }
        });
        if (command.activities().isEmpty()) {
            throw new PlanWithoutActivities();
        }
        Set<PlannedActivityId> seen = new HashSet<>();
        for (PlannedActivity activity : command.activities()) {
            if (!seen.add(activity.activityId())) {
                throw new DuplicatePlannedActivity(activity.activityId());
            }
            requirePlausible(activity, first, last);
        }
        BusinessDates.requirePlausible(
                command.preparedOn(), "วันที่จัดทำแผน", "The date the plan was prepared", LocalDate.now(clock));
        apply(new DevelopmentPlanPrepared(
                command.employeeId(),
                command.planId(),
                first,
                last,
                command.activities().stream().map(PlannedActivity::stripped).toList(),
                command.approvedBy().strip(),
                command.preparedOn()));
    }

    @CommandHandler
    void handle(AddPlannedActivity command) {
        PreparedPlan plan = requirePlan(command.planId());
        PlannedActivity activity = command.activity();
        if (plan.has(activity.activityId())) {
            throw new DuplicatePlannedActivity(activity.activityId());
        }
        requirePlausible(activity, plan.first(), plan.last());
        apply(new PlannedActivityAdded(command.employeeId(), command.planId(), activity.stripped()));
    }

    @CommandHandler
    void handle(DropPlannedActivity command) {
        requireActive(command.planId(), command.activityId());
        apply(new PlannedActivityDropped(
                command.employeeId(),
                command.planId(),
                command.activityId(),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(LinkTrainingToPlannedActivity command) {
        PreparedPlan plan = requireActive(command.planId(), command.activityId());
        if (!trainingStands.test(command.trainingId())) {
            throw new NoStandingTraining(command.trainingId());
        }
        if (plan.isLinked(command.activityId(), command.trainingId())) {
            throw new TrainingAlreadyLinked(command.trainingId(), command.activityId());
        }
        apply(new TrainingLinkedToPlannedActivity(
                command.employeeId(), command.planId(), command.activityId(), command.trainingId()));
    }

    private PreparedPlan requirePlan(DevelopmentPlanId planId) {
        PreparedPlan plan = plans.get(planId);
        if (plan == null) {
            throw new UnknownDevelopmentPlan(planId);
        }
        return plan;
    }

    private PreparedPlan requireActive(DevelopmentPlanId planId, PlannedActivityId activityId) {
        PreparedPlan plan = requirePlan(planId);
        if (!plan.has(activityId)) {
            throw new UnknownPlannedActivity(planId, activityId);
        }
        if (plan.dropped().contains(activityId)) {
            throw new PlannedActivityAlreadyDropped(activityId);
        }
        return plan;
    }

    private static void requirePlausible(PlannedActivity activity, FiscalYear first, FiscalYear last) {
        FiscalYear year = activity.fiscalYear();
        if (year.value() < first.value() || year.value() > last.value()) {
            throw new ActivityOutsidePlanYears(activity.activityId(), year, first, last);
        }
        if (activity.plannedHours().signum() <= 0 || activity.plannedHours().compareTo(PlanLimits.HOURS_MAX) > 0) {
            throw new ImplausiblePlannedHours(activity.activityId(), activity.plannedHours());
        }
    }

    @EventSourcingHandler
    void on(DevelopmentPlanPrepared event) {
        Map<PlannedActivityId, Set<TrainingId>> activities = new HashMap<>();
        event.activities().forEach(activity -> activities.put(activity.activityId(), new HashSet<>()));
        plans.put(
                event.planId(),
                new PreparedPlan(event.firstFiscalYear(), event.lastFiscalYear(), activities, new HashSet<>()));
    }

    @EventSourcingHandler
    void on(PlannedActivityAdded event) {
        plans.get(event.planId()).linkedTrainings().put(event.activity().activityId(), new HashSet<>());
    }

    @EventSourcingHandler
    void on(PlannedActivityDropped event) {
        plans.get(event.planId()).dropped().add(event.activityId());
    }

    @EventSourcingHandler
    void on(TrainingLinkedToPlannedActivity event) {
        plans.get(event.planId())
                .linkedTrainings()
                .computeIfAbsent(event.activityId(), activity -> new HashSet<>())
                .add(event.trainingId());
    }
}
