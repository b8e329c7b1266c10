package org.prawat.api.plan;

import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.TrainingId;

/** Training {@code trainingId} of the same case file was counted towards planned activity {@code activityId}. */
@Revision("1")
public record TrainingLinkedToPlannedActivity(
        EmployeeId employeeId, DevelopmentPlanId planId, PlannedActivityId activityId, TrainingId trainingId) {}
