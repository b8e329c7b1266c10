package org.prawat.ui.rest.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.history.Scope;
import org.prawat.api.knowledge.FindPeopleWhoKnow;
import org.prawat.api.knowledge.KnowledgeKind;
import org.prawat.api.knowledge.KnowledgeSearchResult;
import org.prawat.api.knowledge.PeopleWhoKnow;
import org.prawat.api.knowledge.SearchKnowledge;
import org.prawat.api.organisation.OrganisationUnitId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/knowledge")
@Tag(name = "การจัดการความรู้ / Knowledge")
class KnowledgeSearchController {

    static final String SCOPE_HEADER = "X-Prawat-Scope";
    private static final String SCOPE_DESCRIPTION =
            "หน่วยงานที่ผู้เรียกดูได้ (รหัสคั่นด้วยจุลภาค รวมหน่วยงานย่อย; ไม่ระบุ = ทั้งหมด)"
                    + " / The units the caller may see, comma-separated, each with its subtree; absent = everything";

    private final QueryGateway queries;

    KnowledgeSearchController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(
            summary = "ค้นหาองค์ความรู้ / Search courses, post-training reports and knowledge items in Thai full text")
    KnowledgeSearchResult search(
            @Parameter(description = "คำค้น ทุกคำต้องพบ / Words that must all appear") @RequestParam(required = false)
                    String q,
            @Parameter(description = "ประเภท / Kinds (empty for all)") @RequestParam(required = false)
                    Set<KnowledgeKind> kind,
            @RequestParam(defaultValue = "false") boolean includeArchived,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = SCOPE_DESCRIPTION) @RequestHeader(name = SCOPE_HEADER, required = false)
                    String scope) {
        return queries.query(
                        new SearchKnowledge(q, kind, includeArchived, page, size, scope(scope)),
                        ResponseTypes.instanceOf(KnowledgeSearchResult.class))
                .join();
    }

    @GetMapping("/people")
    @Operation(summary = "ใครรู้เรื่องนี้ / Who knows about a topic: authors of reports and items, trainers of courses")
    PeopleWhoKnow peopleWhoKnow(
            @Parameter(description = "หัวข้อ / The topic") @RequestParam String topic,
            @Parameter(description = SCOPE_DESCRIPTION) @RequestHeader(name = SCOPE_HEADER, required = false)
                    String scope) {
        return queries.query(new FindPeopleWhoKnow(topic, scope(scope)), ResponseTypes.instanceOf(PeopleWhoKnow.class))
                .join();
    }

    /** Until sign-in supplies it, the caller states their scope; a header naming no unit sees no unit. */
    private static Scope scope(String header) {
        if (header == null) {
            return Scope.everything();
        }
        List<OrganisationUnitId> units = Arrays.stream(header.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .map(OrganisationUnitId::new)
                .toList();
        return Scope.of(units);
    }
}
