package org.prawat.api.plan;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.FiscalYear;

/**
 * A three-year development plan covering fiscal years {@code firstFiscalYear} to
 * {@code lastFiscalYear} was prepared on {@code preparedOn} and approved by {@code approvedBy}.
 */
@Revision("1")
public record DevelopmentPlanPrepared(
        EmployeeId employeeId,
        DevelopmentPlanId planId,
        FiscalYear firstFiscalYear,
        FiscalYear lastFiscalYear,
        List<PlannedActivity> activities,
        String approvedBy,
        LocalDate preparedOn) {}
