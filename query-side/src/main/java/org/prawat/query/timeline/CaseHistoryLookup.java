package org.prawat.query.timeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.query.projection.ElasticsearchDocuments;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindCaseHistory} from the timeline indices by id (real-time GET and mget, so what
 * the projection has written is seen without waiting for a refresh).
 */
@Component
class CaseHistoryLookup {

    private final TimelineStore store;

    CaseHistoryLookup(ElasticsearchClient client) {
        this.store = new TimelineStore(alias -> new ElasticsearchDocuments(client, alias));
    }

    @QueryHandler
    Optional<CaseHistory> handle(FindCaseHistory query) {
        return store.person(query.employeeId().value())
                .filter(person -> query.scope().covers(person.unitPath()))
                .map(person -> person.history(store.entries(person.entryIds()).stream()
                        .sorted(CaseHistoryFold.NEWEST_FIRST)
                        .toList()));
    }
}
