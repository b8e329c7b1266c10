package org.prawat.ui.rest.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.audit.ChainVerification;
import org.prawat.api.audit.VerifyCaseFile;
import org.prawat.api.audit.VerifyEventStore;
import org.prawat.api.employee.EmployeeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Proof that nothing stored was altered: the hash chain recomputed from the event store on request. */
@RestController
@Tag(name = "ตรวจสอบ / Audit")
class VerificationController {

    private final QueryGateway queries;

    VerificationController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/audit/employees/{employeeId}/verification")
    @Operation(
            summary = "ตรวจห่วงโซ่แฮชของแฟ้มประวัติ / Verify the hash chain of one case file",
            description = "brokenLinks is empty when nothing was altered; otherwise it names the first broken link.")
    ChainVerification caseFile(@PathVariable String employeeId) {
        return queries.query(
                        new VerifyCaseFile(new EmployeeId(employeeId)),
                        ResponseTypes.instanceOf(ChainVerification.class))
                .join();
    }

    @GetMapping("/api/audit/verification")
    @Operation(
            summary = "ตรวจห่วงโซ่แฮชของคลังเหตุการณ์ทั้งหมด / Verify the hash chain of every case file in the store",
            description = "Reports the first broken link of each broken chain, the events checked and the time taken.")
    ChainVerification eventStore() {
        return queries.query(new VerifyEventStore(), ResponseTypes.instanceOf(ChainVerification.class))
                .join();
    }
}
