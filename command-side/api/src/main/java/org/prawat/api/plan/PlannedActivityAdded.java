package org.prawat.api.plan;

import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/** {@code activity} was added to development plan {@code planId} after the plan was prepared. */
@Revision("1")
public record PlannedActivityAdded(EmployeeId employeeId, DevelopmentPlanId planId, PlannedActivity activity) {}
