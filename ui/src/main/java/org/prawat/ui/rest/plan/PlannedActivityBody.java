package org.prawat.ui.rest.plan;

import java.math.BigDecimal;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.plan.PlannedActivity;
import org.prawat.api.plan.PlannedActivityId;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingKind;

/** One planned activity as a client sends it; without {@code activityId} the server chooses one. */
record PlannedActivityBody(
        PlannedActivityId activityId,
        DevelopmentArea area,
        TrainingKind method,
        String title,
        FiscalYear fiscalYear,
        BigDecimal plannedHours) {

    PlannedActivity toActivity() {
        var id = activityId == null ? PlannedActivityId.random() : activityId;
        return new PlannedActivity(id, area, method, title, fiscalYear, plannedHours);
    }
}
