package org.prawat.ui.rest.plan;

import java.time.LocalDate;
import java.util.List;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.plan.DevelopmentPlanId;
import org.prawat.api.plan.PrepareDevelopmentPlan;

/** Body of {@code POST /api/employees/{employeeId}/development-plans}; the first of its three B.E. fiscal years. */
record PrepareDevelopmentPlanRequest(
        DevelopmentPlanId planId,
        FiscalYear firstFiscalYear,
        List<PlannedActivityBody> activities,
        String approvedBy,
        LocalDate preparedOn) {

    PrepareDevelopmentPlan toCommand(EmployeeId employeeId, DevelopmentPlanId id) {
        var planned = activities == null
                ? null
                : activities.stream().map(PlannedActivityBody::toActivity).toList();
        return new PrepareDevelopmentPlan(employeeId, id, firstFiscalYear, planned, approvedBy, preparedOn);
    }
}
