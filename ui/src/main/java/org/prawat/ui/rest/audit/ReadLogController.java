package org.prawat.ui.rest.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.audit.FindReadLog;
import org.prawat.api.audit.ReadLogPage;
import org.prawat.api.employee.EmployeeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who read what: the read log of case-file openings, searches and exports, for auditors. */
@RestController
@Tag(name = "ตรวจสอบ / Audit")
class ReadLogController {

    private final QueryGateway queries;

    ReadLogController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/audit/read-log")
    @Operation(
            summary = "บันทึกการเข้าถึงข้อมูล / The read log: who opened, searched or exported what, newest first",
            description = "Every filter is optional; from is inclusive, before exclusive (ISO instants).")
    ReadLogPage readLog(
            @RequestParam(required = false) String employeeId,
            @RequestParam(required = false) String account,
            @Parameter(description = "e.g. 2026-11-01T00:00:00Z") @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant before,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var query = new FindReadLog(
                employeeId == null || employeeId.isBlank() ? null : new EmployeeId(employeeId),
                account,
                from,
                before,
                page,
                size);
        return queries.query(query, ResponseTypes.instanceOf(ReadLogPage.class)).join();
    }
}
