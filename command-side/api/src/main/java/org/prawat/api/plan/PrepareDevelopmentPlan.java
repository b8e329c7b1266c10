package org.prawat.api.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.text.PlainText;

/**
 * Puts a three-year development plan into the employee's case file: fiscal years
 * {@code firstFiscalYear} to {@code firstFiscalYear} + 2, with at least one planned activity inside
 * those years, approved by {@code approvedBy} and prepared on {@code preparedOn}. Plans of one
 * employee never overlap in years.
 */
public record PrepareDevelopmentPlan(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull DevelopmentPlanId planId,
        @NotNull(message = "กรุณาระบุปีงบประมาณแรกของแผน / The plan's first fiscal year is required") @Valid
                FiscalYear firstFiscalYear,
        @NotNull
                @Size(
                        max = PlanLimits.ACTIVITIES_MAX,
                        message = "แผนมีกิจกรรมได้ไม่เกิน {max} รายการ / A plan holds at most {max} activities")
                List<@NotNull @Valid PlannedActivity> activities,
        @NotBlank(message = "กรุณาระบุผู้อนุมัติแผน / Who approved the plan is required")
                @Size(max = PlanLimits.NAME_MAX)
                @PlainText
                String approvedBy,
        @NotNull(message = "กรุณาระบุวันที่จัดทำแผน / The date the plan was prepared is required")
                LocalDate preparedOn) {}
