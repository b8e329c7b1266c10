package org.prawat.ui.rest.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.organisation.OrganisationUnitId;
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
@RequestMapping("/api/organisation-units")
@Tag(name = "หน่วยงาน / Organisation units")
class OrganisationUnitsController {

    private final CommandGateway commands;

    OrganisationUnitsController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "สร้างหน่วยงาน / Create a unit in the organisation tree")
    ResponseEntity<Created> create(@RequestBody CreateOrganisationUnitRequest request, Caller caller) {
        var unitId = Objects.requireNonNullElseGet(request.unitId(), OrganisationUnitId::random);
        commands.sendAndWait(caller.issue(request.toCommand(unitId)));
        return Created.at(unitId);
    }

    @PostMapping("/{unitId}/renames")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "เปลี่ยนชื่อหน่วยงาน / Rename a unit")
    void rename(@PathVariable String unitId, @RequestBody RenameOrganisationUnitRequest request, Caller caller) {
        commands.sendAndWait(caller.issue(request.toCommand(new OrganisationUnitId(unitId))));
    }

    @PostMapping("/{unitId}/moves")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "ย้ายหน่วยงานไปสังกัดใหม่ / Move a unit, with its subtree, under another")
    void move(@PathVariable String unitId, @RequestBody MoveOrganisationUnitRequest request, Caller caller) {
        commands.sendAndWait(caller.issue(request.toCommand(new OrganisationUnitId(unitId))));
    }

    @PostMapping("/{unitId}/managers")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "แต่งตั้งผู้บังคับบัญชาของหน่วยงาน / Assign the unit's manager")
    void assignManager(@PathVariable String unitId, @RequestBody AssignUnitManagerRequest request, Caller caller) {
        commands.sendAndWait(caller.issue(request.toCommand(new OrganisationUnitId(unitId))));
    }
}
