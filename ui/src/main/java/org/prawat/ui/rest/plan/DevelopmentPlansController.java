package org.prawat.ui.rest.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.plan.AddPlannedActivity;
import org.prawat.api.plan.DevelopmentPlanId;
import org.prawat.api.plan.DropPlannedActivity;
import org.prawat.api.plan.LinkTrainingToPlannedActivity;
import org.prawat.api.plan.PlannedActivityId;
import org.prawat.api.training.TrainingId;
import org.prawat.ui.rest.Caller;
import org.prawat.ui.rest.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/employees/{employeeId}/development-plans")
@Tag(name = "แผนพัฒนาพนักงาน / Development plans")
class DevelopmentPlansController {

    /** Body of a drop: why the activity is no longer planned. */
    record DropRequest(String reason) {}

    /** Body of a link: the training in the same case file that carried the activity out. */
    record LinkRequest(TrainingId trainingId) {}

    private final CommandGateway commands;

    DevelopmentPlansController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "จัดทำแผนพัฒนาพนักงาน 3 ปี / Prepare a three-year development plan")
    ResponseEntity<Created> prepare(
            @PathVariable String employeeId, @RequestBody PrepareDevelopmentPlanRequest request, Caller caller) {
        var id = Objects.requireNonNullElseGet(request.planId(), DevelopmentPlanId::random);
        commands.sendAndWait(caller.issue(request.toCommand(new EmployeeId(employeeId), id)));
        return Created.at(id);
    }

    @PostMapping("/{planId}/activities")
    @Operation(summary = "เพิ่มกิจกรรมในแผน / Add a planned activity")
    ResponseEntity<Created> addActivity(
            @PathVariable String employeeId,
            @PathVariable String planId,
            @RequestBody PlannedActivityBody request,
            Caller caller) {
        var activity = request.toActivity();
        commands.sendAndWait(caller.issue(
                new AddPlannedActivity(new EmployeeId(employeeId), new DevelopmentPlanId(planId), activity)));
        return Created.at(activity.activityId());
    }

    @PostMapping("/{planId}/activities/{activityId}/drops")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "ยกเลิกกิจกรรมในแผน / Drop a planned activity (it stays in the history)")
    void dropActivity(
            @PathVariable String employeeId,
            @PathVariable String planId,
            @PathVariable String activityId,
            @RequestBody DropRequest request,
            Caller caller) {
        commands.sendAndWait(caller.issue(new DropPlannedActivity(
                new EmployeeId(employeeId),
                new DevelopmentPlanId(planId),
                new PlannedActivityId(activityId),
                request.reason())));
    }

    @PostMapping("/{planId}/activities/{activityId}/trainings")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "จับคู่การอบรมกับกิจกรรมในแผน / Match a recorded training to a planned activity")
    void linkTraining(
            @PathVariable String employeeId,
            @PathVariable String planId,
            @PathVariable String activityId,
            @RequestBody LinkRequest request,
            Caller caller) {
        commands.sendAndWait(caller.issue(new LinkTrainingToPlannedActivity(
                new EmployeeId(employeeId),
                new DevelopmentPlanId(planId),
                new PlannedActivityId(activityId),
                request.trainingId())));
    }
}
