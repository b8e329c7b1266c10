package org.prawat.ui.rest.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.Scope;
import org.prawat.ui.common.CaseFileCsv;
import org.prawat.ui.rest.RequestRefused;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case file as a CSV file for a spreadsheet ({@link CaseFileCsv}). The query is marked as an
 * export, so the read log records one.
 */
@RestController
@Tag(name = "ประวัติ / History")
class CaseFileExportController {

    static final String FORMAT = "csv";
    private final QueryGateway queries;

    CaseFileExportController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(value = "/api/employees/{employeeId}/history.csv", produces = "text/csv")
    @Operation(summary = "ส่งออกแฟ้มประวัติเป็น CSV / Export a case file as CSV (UTF-8 with BOM, for Excel)")
    ResponseEntity<byte[]> export(@PathVariable String employeeId, Scope scope) {
        var query = new GenericMessage<>(
                new FindCaseHistory(new EmployeeId(employeeId), scope), MetaData.with(MetaDataKeys.EXPORT, FORMAT));
        var history = queries.query(query, ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join()
                .orElseThrow(() -> new RequestRefused(
                        HttpStatus.NOT_FOUND,
                        "not-found",
                        "ไม่พบแฟ้มประวัติรหัส " + employeeId + " ที่ท่านมีสิทธิ์เห็น",
                        "No case file " + employeeId + " that you may see"));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(CaseFileCsv.fileName(history))
                                .build()
                                .toString())
                .body(CaseFileCsv.bytes(history));
    }
}
