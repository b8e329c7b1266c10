package org.prawat.ui.rest.commendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.ui.rest.Caller;
import org.prawat.ui.rest.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/employees/{employeeId}")
@Tag(name = "ความดีความชอบ / Commendations")
class CommendationsController {

    private final CommandGateway commands;

    CommendationsController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/salary-step-increases")
    @Operation(summary = "เลื่อนขั้นเงินเดือน / Grant a salary-step increase justified by an evaluation")
    ResponseEntity<Created> grantSalaryStepIncrease(
            @PathVariable String employeeId, @RequestBody GrantSalaryStepIncreaseRequest request, Caller caller) {
        var id = Objects.requireNonNullElseGet(request.commendationId(), CommendationId::random);
        commands.sendAndWait(caller.issue(request.toCommand(new EmployeeId(employeeId), id)));
        return Created.at(id);
    }
}
