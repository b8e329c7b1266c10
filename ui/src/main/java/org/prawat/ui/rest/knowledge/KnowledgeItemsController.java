package org.prawat.ui.rest.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.knowledge.ArchiveKnowledgeItem;
import org.prawat.api.knowledge.KnowledgeItemId;
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
@RequestMapping("/api/knowledge")
@Tag(name = "การจัดการความรู้ / Knowledge")
class KnowledgeItemsController {

    /** Body of an archiving: why and when the item was withdrawn from use. */
    record ArchiveRequest(String reason, LocalDate archivedOn) {}

    private final CommandGateway commands;

    KnowledgeItemsController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "เผยแพร่องค์ความรู้ / Publish a knowledge item, on its own or from a post-training report")
    ResponseEntity<Created> publish(@RequestBody PublishKnowledgeItemRequest request, Caller caller) {
        var id = Objects.requireNonNullElseGet(request.knowledgeItemId(), KnowledgeItemId::random);
        commands.sendAndWait(caller.issue(request.toCommand(id)));
        return Created.at(id);
    }

    @PostMapping("/{knowledgeItemId}/revisions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "ปรับปรุงองค์ความรู้ / Revise a knowledge item (earlier revisions stay in the history)")
    void revise(@PathVariable String knowledgeItemId, @RequestBody ReviseKnowledgeItemRequest request, Caller caller) {
        commands.sendAndWait(caller.issue(request.toCommand(new KnowledgeItemId(knowledgeItemId))));
    }

    @PostMapping("/{knowledgeItemId}/archivals")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "จัดเก็บองค์ความรู้ / Archive a knowledge item")
    void archive(@PathVariable String knowledgeItemId, @RequestBody ArchiveRequest request, Caller caller) {
        commands.sendAndWait(caller.issue(new ArchiveKnowledgeItem(
                new KnowledgeItemId(knowledgeItemId), request.reason(), request.archivedOn())));
    }
}
