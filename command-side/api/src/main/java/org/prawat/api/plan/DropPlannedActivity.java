package org.prawat.api.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/** Drops a planned activity for {@code reason}; it stays in the plan's history, struck through. */
public record DropPlannedActivity(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull DevelopmentPlanId planId,
        @NotNull PlannedActivityId activityId,
        @NotBlank(message = "กรุณาระบุเหตุผลที่ยกเลิกกิจกรรม / The reason for dropping the activity is required")
                @Size(max = PlanLimits.REASON_MAX)
                @PlainText
                String reason) {}
