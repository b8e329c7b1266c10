package org.prawat.domain.plan;

import java.util.Map;
import java.util.Set;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.plan.PlannedActivityId;
import org.prawat.api.training.TrainingId;

/**
 * What the rules need to know of one plan: its years, every activity it ever had with the trainings
 * counted towards it, and which activities were dropped. A record, so that two states compare equal.
 */
record PreparedPlan(
        FiscalYear first,
        FiscalYear last,
        Map<PlannedActivityId, Set<TrainingId>> linkedTrainings,
        Set<PlannedActivityId> dropped) {

    boolean overlaps(FiscalYear otherFirst, FiscalYear otherLast) {
        return otherFirst.value() <= last.value() && otherLast.value() >= first.value();
    }

    boolean has(PlannedActivityId activityId) {
        return linkedTrainings.containsKey(activityId);
    }

    boolean isLinked(PlannedActivityId activityId, TrainingId trainingId) {
        return linkedTrainings.get(activityId).contains(trainingId);
    }
}
