package org.prawat.ui.rest.training;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.employee.EmployeeId;
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
@RequestMapping("/api/employees/{employeeId}/trainings")
@Tag(name = "การพัฒนา / Development")
class TrainingsController {

    private final CommandGateway commands;

    TrainingsController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "บันทึกการฝึกอบรม / Record a completed training")
    ResponseEntity<Created> record(
            @PathVariable String employeeId, @RequestBody RecordTrainingRequest request, Caller caller) {
        var trainingId = Objects.requireNonNullElseGet(request.trainingId(), TrainingId::random);
        commands.sendAndWait(caller.issue(request.toCommand(new EmployeeId(employeeId), trainingId)));
        return Created.at(trainingId);
    }

    @PostMapping("/{trainingId}/reports")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "ส่งรายงานหลังการอบรม / Submit the participant's report after a training")
    void submitReport(
            @PathVariable String employeeId,
            @PathVariable String trainingId,
            @RequestBody SubmitTrainingReportRequest request,
            Caller caller) {
        commands.sendAndWait(caller.issue(request.toCommand(new EmployeeId(employeeId), new TrainingId(trainingId))));
    }
}
