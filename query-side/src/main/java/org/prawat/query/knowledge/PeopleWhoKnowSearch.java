package org.prawat.query.knowledge;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.knowledge.FindPeopleWhoKnow;
import org.prawat.api.knowledge.PeopleWhoKnow;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindPeopleWhoKnow}: the current reports, items and courses that mention the topic,
 * credited to their authors and trainers ({@link KnowledgeablePeople}).
 */
@Component
class PeopleWhoKnowSearch {

    /** The best-matching documents looked at; far more than one topic gathers in an organisation. */
    static final int MAX_DOCUMENTS = 500;

    private final ElasticsearchClient client;

    PeopleWhoKnowSearch(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    PeopleWhoKnow handle(FindPeopleWhoKnow query) throws IOException {
        if (KnowledgeQuery.isBlank(query.topic())) {
            return new PeopleWhoKnow(query.topic(), List.of());
        }
        var response = client.search(
                s -> s.index(KnowledgeStore.DOCUMENTS)
                        .query(KnowledgeQuery.of(query.topic(), Set.of(), false, query.scope()))
                        .highlight(KnowledgeQuery.highlight())
                        .size(MAX_DOCUMENTS),
                KnowledgeDocument.class);
        var people = new KnowledgeablePeople();
        for (Hit<KnowledgeDocument> hit : response.hits().hits()) {
            people.credit(hit.source(), hit.score() == null ? 0 : hit.score(), KnowledgeQuery.snippet(hit));
        }
        return new PeopleWhoKnow(query.topic(), people.ranked());
    }
}
