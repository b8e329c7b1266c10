package org.prawat.ui.rest.pdpa;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.employee.EmployeeId;
import org.prawat.ui.rest.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/employees/{employeeId}/personal-data-erasures")
@Tag(name = "คุ้มครองข้อมูลส่วนบุคคล / PDPA")
class PersonalDataController {

    private final CommandGateway commands;

    PersonalDataController(CommandGateway commands) {
        this.commands = commands;
    }

    /** The reason in the body is the reason of record: it goes into the event's metadata. */
    @PostMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "ลบข้อมูลส่วนบุคคลตามคำขอ (ย้อนกลับไม่ได้) / Erase the person's personal data on a lawful"
                    + " request (irreversible)")
    void erase(@PathVariable String employeeId, @RequestBody ErasePersonalDataRequest request, Caller caller) {
        var command = request.toCommand(new EmployeeId(employeeId));
        commands.sendAndWait(new Caller(caller.actor(), command.reason()).issue(command));
    }
}
