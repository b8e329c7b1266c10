package org.prawat.ui.rest.employee;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.employee.EmployeeId;
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
@RequestMapping("/api/employees")
@Tag(name = "แฟ้มประวัติ / Case files")
class EmployeesController {

    private final CommandGateway commands;

    EmployeesController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "บรรจุและเปิดแฟ้มประวัติ / Register an employee, opening their case file")
    ResponseEntity<Created> register(@RequestBody RegisterEmployeeRequest request, Caller caller) {
        var employeeId = Objects.requireNonNullElseGet(request.employeeId(), EmployeeId::random);
        commands.sendAndWait(caller.issue(request.toCommand(employeeId)));
        return Created.at(employeeId);
    }

    @PostMapping("/{employeeId}/transfers")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "โอนย้าย / Transfer to another unit by an order")
    void transfer(@PathVariable String employeeId, @RequestBody TransferEmployeeRequest request, Caller caller) {
        commands.sendAndWait(caller.issue(request.toCommand(new EmployeeId(employeeId))));
    }

    @PostMapping("/{employeeId}/position-changes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "เปลี่ยนตำแหน่งหรือระดับ / Change position or level by an order")
    void changePosition(@PathVariable String employeeId, @RequestBody ChangePositionRequest request, Caller caller) {
        commands.sendAndWait(caller.issue(request.toCommand(new EmployeeId(employeeId))));
    }

    @PostMapping("/{employeeId}/separations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "พ้นจากตำแหน่ง / Separate the employee, closing the case file")
    void separate(@PathVariable String employeeId, @RequestBody SeparateEmployeeRequest request, Caller caller) {
        commands.sendAndWait(caller.issue(request.toCommand(new EmployeeId(employeeId))));
    }
}
