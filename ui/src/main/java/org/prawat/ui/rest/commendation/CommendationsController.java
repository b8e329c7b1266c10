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
        var id = idOf(request.commendationId());
        return send(request.toCommand(new EmployeeId(employeeId), id), id, caller);
    }

    @PostMapping("/certificates-of-honour")
    @Operation(summary = "มอบเกียรติบัตร / Award a certificate of honour")
    ResponseEntity<Created> awardCertificateOfHonour(
            @PathVariable String employeeId, @RequestBody AwardCertificateOfHonourRequest request, Caller caller) {
        var id = idOf(request.commendationId());
        return send(request.toCommand(new EmployeeId(employeeId), id), id, caller);
    }

    @PostMapping("/bonuses")
    @Operation(summary = "ให้เงินรางวัลประจำปี / Grant a bonus")
    ResponseEntity<Created> grantBonus(
            @PathVariable String employeeId, @RequestBody GrantBonusRequest request, Caller caller) {
        var id = idOf(request.commendationId());
        return send(request.toCommand(new EmployeeId(employeeId), id), id, caller);
    }

    @PostMapping("/outstanding-employee-awards")
    @Operation(summary = "ยกย่องเป็นพนักงานดีเด่น / Award outstanding employee")
    ResponseEntity<Created> awardOutstandingEmployee(
            @PathVariable String employeeId, @RequestBody AwardOutstandingEmployeeRequest request, Caller caller) {
        var id = idOf(request.commendationId());
        return send(request.toCommand(new EmployeeId(employeeId), id), id, caller);
    }

    @PostMapping("/letters-of-praise")
    @Operation(summary = "ออกหนังสือชมเชย / Issue a letter of praise")
    ResponseEntity<Created> issueLetterOfPraise(
            @PathVariable String employeeId, @RequestBody IssueLetterOfPraiseRequest request, Caller caller) {
        var id = idOf(request.commendationId());
        return send(request.toCommand(new EmployeeId(employeeId), id), id, caller);
    }

    @PostMapping("/royal-decorations")
    @Operation(summary = "บันทึกเครื่องราชอิสริยาภรณ์ / Record a royal decoration conferred")
    ResponseEntity<Created> conferRoyalDecoration(
            @PathVariable String employeeId, @RequestBody ConferRoyalDecorationRequest request, Caller caller) {
        var id = idOf(request.commendationId());
        return send(request.toCommand(new EmployeeId(employeeId), id), id, caller);
    }

    private ResponseEntity<Created> send(Object command, CommendationId id, Caller caller) {
        commands.sendAndWait(caller.issue(command));
        return Created.at(id);
    }

    /** The client's id when it gives one (so that a retried request is refused as a repeat), else a new one. */
    private static CommendationId idOf(CommendationId requested) {
        return Objects.requireNonNullElseGet(requested, CommendationId::random);
    }
}
