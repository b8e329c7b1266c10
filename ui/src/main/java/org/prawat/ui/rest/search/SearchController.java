package org.prawat.ui.rest.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.search.SearchFilters;
import org.prawat.api.search.SearchOrder;
import org.prawat.api.search.SearchResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}; the caller's scope is resolved like every other query's (CallerArgumentResolver). */
@RestController
@RequestMapping("/api/search")
@Tag(name = "ค้นหา / Search")
class SearchController {

    private final QueryGateway queries;

    SearchController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "ค้นหาบุคลากร ประวัติ และองค์ความรู้ / Search people, records and knowledge")
    SearchResult search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Set<String> kind,
            @RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) PersonnelType personnelType,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) EvaluationLevel evaluationLevel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "RELEVANCE") SearchOrder order,
            Scope scope) {
        var filters = new SearchFilters(
                unit == null || unit.isBlank() ? null : new OrganisationUnitId(unit.strip()),
                kind,
                fiscalYear == null ? null : new FiscalYear(fiscalYear),
                personnelType,
                level,
                evaluationLevel,
                from,
                to);
        return queries.query(new SearchEverything(q, filters, page, size, order, scope), SearchResult.class)
                .join();
    }
}
