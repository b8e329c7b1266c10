package org.prawat.query.knowledge;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.knowledge.KnowledgeHit;
import org.prawat.api.knowledge.KnowledgeSearchResult;
import org.prawat.api.knowledge.SearchKnowledge;
import org.springframework.stereotype.Component;

/** Answers {@link SearchKnowledge} from the {@value KnowledgeStore#DOCUMENTS} index: best match first, or newest first without words. */
@Component
class KnowledgeSearch {

    static final int MAX_PAGE_SIZE = 100;

    private final ElasticsearchClient client;

    KnowledgeSearch(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    KnowledgeSearchResult handle(SearchKnowledge query) throws IOException {
        int size = Math.min(Math.max(query.size(), 1), MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 0);
        boolean newestFirst = KnowledgeQuery.isBlank(query.text());
        var response = client.search(
                s -> {
                    s.index(KnowledgeStore.DOCUMENTS)
                            .query(KnowledgeQuery.of(
                                    query.text(), query.kinds(), query.includeArchived(), query.scope()))
                            .highlight(KnowledgeQuery.highlight())
                            .from(page * size)
                            .size(size)
                            .trackTotalHits(t -> t.enabled(true));
                    if (!newestFirst) {
                        s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                    }
                    return s.sort(o -> o.field(f -> f.field("businessDate").order(SortOrder.Desc)))
                            .sort(o -> o.field(f -> f.field("recordId").order(SortOrder.Asc)));
                },
                KnowledgeDocument.class);
        List<KnowledgeHit> hits =
                response.hits().hits().stream().map(KnowledgeSearch::toHit).toList();
        return new KnowledgeSearchResult(hits, response.hits().total().value(), page, size);
    }

    private static KnowledgeHit toHit(Hit<KnowledgeDocument> hit) {
        var d = hit.source();
        return new KnowledgeHit(
                d.kind(),
                d.recordId(),
                d.title(),
                KnowledgeQuery.snippet(hit),
                d.authorId() == null ? null : new EmployeeId(d.authorId()),
                d.authorName(),
                d.trainers(),
                d.businessDate(),
                d.status() == KnowledgeStatus.ARCHIVED);
    }
}
