package org.prawat.ui.rest.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.FindCaseHistoryAsAt;
import org.prawat.api.history.FindCaseHistoryAsOf;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TeamTimelineFilters;
import org.prawat.api.history.TeamTimelinePage;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.ui.rest.RequestRefused;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads case files back: a case file outside the caller's scope is answered as not found. */
@RestController
@Tag(name = "ประวัติ / History")
class HistoryController {

    private final QueryGateway queries;

    HistoryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/employees/{employeeId}/history")
    @Operation(
            summary = "ประวัติทั้งหมดของพนักงาน / An employee's case history, newest first, with corrections",
            description = "asAt: สิ่งที่บันทึกไว้ ณ ขณะนั้น / what the record said at that moment (ISO instant); "
                    + "asOf: สิ่งที่มีผล ณ วันนั้นตามที่ทราบในปัจจุบัน / what was in effect on that date, as known now. "
                    + "Both are rebuilt from the event store; give at most one.")
    CaseHistory history(
            @PathVariable String employeeId,
            @Parameter(description = "e.g. 2025-05-01T00:00:00Z") @RequestParam(required = false) Instant asAt,
            @Parameter(description = "e.g. 2025-05-01")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            Scope scope) {
        if (asAt != null && asOf != null) {
            throw new RequestRefused(
                    HttpStatus.BAD_REQUEST,
                    "history.as-at-and-as-of",
                    "ระบุได้อย่างใดอย่างหนึ่ง: asAt (ขณะที่บันทึก) หรือ asOf (วันที่มีผล)",
                    "Give either asAt (a moment of recording) or asOf (a business date), not both");
        }
        var id = new EmployeeId(employeeId);
        Object query = asAt != null
                ? new FindCaseHistoryAsAt(id, asAt, scope)
                : asOf != null ? new FindCaseHistoryAsOf(id, asOf, scope) : new FindCaseHistory(id, scope);
        return queries.query(query, ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join()
                .orElseThrow(() -> new RequestRefused(
                        HttpStatus.NOT_FOUND,
                        "not-found",
                        "ไม่พบแฟ้มประวัติรหัส " + employeeId + " ที่ท่านมีสิทธิ์เห็น",
                        "No case file " + employeeId + " that you may see"));
    }

    @GetMapping("/api/units/{unitId}/timeline")
    @Operation(
            summary =
                    "เส้นเวลาของหน่วยงานและหน่วยงานในสังกัด / The timeline of every employee of a unit and its subtree",
            description = "Newest first; from and to are business dates (inclusive); kind may be repeated.")
    TeamTimelinePage timeline(
            @PathVariable String unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Set<TimelineEntryKind> kind,
            @Parameter(description = "ปีงบประมาณ พ.ศ. / B.E. fiscal year, e.g. 2568") @RequestParam(required = false)
                    Integer fiscalYear,
            @RequestParam(required = false) PersonnelType personnelType,
            @Parameter(description = "ระดับตำแหน่ง / Position level, e.g. ชำนาญการ") @RequestParam(required = false)
                    String level,
            @RequestParam(required = false) EvaluationLevel evaluationLevel,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Scope scope) {
        var filters = new TeamTimelineFilters(
                fiscalYear == null ? null : new FiscalYear(fiscalYear), personnelType, level, evaluationLevel);
        var query = new FindTeamTimeline(new OrganisationUnitId(unitId), from, to, kind, filters, page, size, scope);
        return queries.query(query, TeamTimelinePage.class).join();
    }
}
