package org.prawat.api.plan;

import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * Planned activity {@code activityId} of plan {@code planId} was dropped for {@code reason}: it no
 * longer counts towards the plan but stays visible, struck through, with any trainings linked to it.
 */
@Revision("1")
public record PlannedActivityDropped(
        EmployeeId employeeId, DevelopmentPlanId planId, PlannedActivityId activityId, String reason) {}
