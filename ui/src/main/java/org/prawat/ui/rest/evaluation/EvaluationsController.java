package org.prawat.ui.rest.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;
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
@RequestMapping("/api/employees/{employeeId}/evaluations")
@Tag(name = "การประเมินผล / Evaluations")
class EvaluationsController {

    private final CommandGateway commands;

    EvaluationsController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "บันทึกผลการประเมินของรอบ / Record the evaluation of a round")
    ResponseEntity<Created> record(
            @PathVariable String employeeId, @RequestBody RecordEvaluationRequest request, Caller caller) {
        var evaluationId = Objects.requireNonNullElseGet(request.evaluationId(), EvaluationId::random);
        commands.sendAndWait(caller.issue(request.toCommand(new EmployeeId(employeeId), evaluationId)));
        return Created.at(evaluationId);
    }

    @PostMapping("/{evaluationId}/reviews")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "ความเห็นของผู้บังคับบัญชาเหนือขึ้นไป / Record the higher-level reviewer's agreement")
    void review(
            @PathVariable String employeeId,
            @PathVariable String evaluationId,
            @RequestBody ReviewEvaluationRequest request,
            Caller caller) {
        commands.sendAndWait(
                caller.issue(request.toCommand(new EmployeeId(employeeId), new EvaluationId(evaluationId))));
    }

    @PostMapping("/{evaluationId}/acknowledgements")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "ผู้รับการประเมินรับทราบผล / Record that the employee acknowledged the result")
    void acknowledge(
            @PathVariable String employeeId,
            @PathVariable String evaluationId,
            @RequestBody AcknowledgeEvaluationRequest request,
            Caller caller) {
        commands.sendAndWait(
                caller.issue(request.toCommand(new EmployeeId(employeeId), new EvaluationId(evaluationId))));
    }
}
