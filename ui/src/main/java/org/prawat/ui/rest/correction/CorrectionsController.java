package org.prawat.ui.rest.correction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;
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
@RequestMapping("/api/employees/{employeeId}")
@Tag(name = "การแก้ไขประวัติ / Corrections")
class CorrectionsController {

    private final CommandGateway commands;

    CorrectionsController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/trainings/{trainingId}/corrections")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "แก้ไขบันทึกการอบรม / Correct a training record (the original stays in the history)")
    void correctTraining(
            @PathVariable String employeeId,
            @PathVariable String trainingId,
            @RequestBody CorrectTrainingRequest request,
            Caller caller) {
        commands.sendAndWait(caller.issue(request.toCommand(new EmployeeId(employeeId), new TrainingId(trainingId))));
    }

    @PostMapping("/evaluations/{evaluationId}/corrections")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "แก้ไขผลการประเมิน / Correct an evaluation (the level is worked out again with the"
                    + " bands it was given; the original stays in the history)")
    void correctEvaluation(
            @PathVariable String employeeId,
            @PathVariable String evaluationId,
            @RequestBody CorrectEvaluationRequest request,
            Caller caller) {
        commands.sendAndWait(
                caller.issue(request.toCommand(new EmployeeId(employeeId), new EvaluationId(evaluationId))));
    }

    @PostMapping("/commendations/{commendationId}/corrections")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "แก้ไขความดีความชอบ / Correct a commendation: the whole grant with its kind, e.g."
                    + " {\"kind\":\"GrantBonus\", ...} (the original stays in the history)")
    void correctCommendation(
            @PathVariable String employeeId,
            @PathVariable String commendationId,
            @RequestBody CorrectCommendationRequest request,
            Caller caller) {
        commands.sendAndWait(
                caller.issue(request.toCommand(new EmployeeId(employeeId), new CommendationId(commendationId))));
    }

    @PostMapping("/retractions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "เพิกถอนบันทึก / Retract a record (it stays in the history, marked retracted)")
    void retract(@PathVariable String employeeId, @RequestBody RetractRecordRequest request, Caller caller) {
        commands.sendAndWait(caller.issue(request.toCommand(new EmployeeId(employeeId))));
    }

    @PostMapping("/correction-requests")
    @Operation(summary = "ยื่นคำขอแก้ไขประวัติ / The record owner requests a correction, citing evidence")
    ResponseEntity<Created> requestCorrection(
            @PathVariable String employeeId, @RequestBody RequestCorrectionRequest request, Caller caller) {
        var requestId = Objects.requireNonNullElseGet(request.requestId(), CorrectionRequestId::random);
        commands.sendAndWait(caller.issue(request.toCommand(new EmployeeId(employeeId), requestId)));
        return Created.at(requestId);
    }

    @PostMapping("/correction-requests/{requestId}/rejections")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "ไม่อนุมัติคำขอแก้ไข / Reject a correction request, giving the reason")
    void rejectCorrectionRequest(
            @PathVariable String employeeId,
            @PathVariable String requestId,
            @RequestBody RejectCorrectionRequestRequest request,
            Caller caller) {
        commands.sendAndWait(
                caller.issue(request.toCommand(new EmployeeId(employeeId), new CorrectionRequestId(requestId))));
    }
}
