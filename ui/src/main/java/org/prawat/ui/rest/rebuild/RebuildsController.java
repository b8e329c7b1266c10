package org.prawat.ui.rest.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.rebuild.FindRebuildProgress;
import org.prawat.api.rebuild.RebuildProgress;
import org.prawat.query.rebuild.ProjectionRebuild;
import org.prawat.query.rebuild.RebuildAlreadyRunning;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A rebuild is an operation on the read side, not a business fact: it is started on the service
 * directly (no command, nothing in the event store) and runs on after the request has been answered.
 */
@RestController
@RequestMapping("/api/admin/rebuilds")
@Tag(name = "ผู้ดูแลระบบ / Administration")
class RebuildsController {

    private final ProjectionRebuild rebuild;
    private final QueryGateway queries;

    RebuildsController(ProjectionRebuild rebuild, QueryGateway queries) {
        this.rebuild = rebuild;
        this.queries = queries;
    }

    @PostMapping
    @Operation(
            summary = "สร้างดัชนีค้นหาใหม่ทั้งหมดจากคลังเหตุการณ์ / Rebuild every search index from the event"
                    + " store; searches answer from the current indices until the switch")
    ResponseEntity<RebuildProgress> start() {
        var progress = rebuild.start();
        var current = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/current")
                .build()
                .toUri();
        return ResponseEntity.accepted().location(current).body(progress);
    }

    @GetMapping("/current")
    @Operation(
            summary = "ความคืบหน้าของการสร้างดัชนีใหม่ / Progress of the current or last rebuild: done,"
                    + " total, rate, time left")
    RebuildProgress current() {
        return queries.query(new FindRebuildProgress(), ResponseTypes.instanceOf(RebuildProgress.class))
                .join();
    }

    @ExceptionHandler(RebuildAlreadyRunning.class)
    ProblemDetail alreadyRunning() {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, RebuildAlreadyRunning.THAI + " / " + RebuildAlreadyRunning.ENGLISH);
        problem.setProperty("thai", RebuildAlreadyRunning.THAI);
        problem.setProperty("english", RebuildAlreadyRunning.ENGLISH);
        problem.setProperty("code", "rebuild.running");
        return problem;
    }
}
