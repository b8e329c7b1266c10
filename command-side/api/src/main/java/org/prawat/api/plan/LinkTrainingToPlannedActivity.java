package org.prawat.api.plan;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.TrainingId;

/**
 * Matches what was done against the plan: training {@code trainingId}, recorded and not retracted
 * in the same case file, fulfils (part of) planned activity {@code activityId}.
 */
public record LinkTrainingToPlannedActivity(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull DevelopmentPlanId planId,
        @NotNull PlannedActivityId activityId,
        @NotNull(message = "กรุณาเลือกการอบรมที่ดำเนินการแล้ว / The training done is required")
                TrainingId trainingId) {}
