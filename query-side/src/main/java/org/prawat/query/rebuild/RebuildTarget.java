package org.prawat.query.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prawat.query.projection.Documents;
import org.prawat.query.projection.ElasticsearchDocuments;
import org.prawat.query.projection.ProjectionTarget;

/**
 * The new index versions: every alias a projection names means its new index here, also when a
 * projection reads another read model's alias (e.g. unit paths), so a rebuild never reads the live
 * indices it is replacing. Writes are buffered until {@link #flush()}.
 */
final class RebuildTarget implements ProjectionTarget {

    private final Map<String, Documents> documents = new LinkedHashMap<>();

    RebuildTarget(ElasticsearchClient client, Map<String, String> newIndexByAlias) {
        newIndexByAlias.forEach((alias, index) -> documents.put(alias, new ElasticsearchDocuments(client, index)));
    }

    @Override
    public Documents documents(String alias) {
        Documents found = documents.get(alias);
        if (found == null) {
            throw new IllegalArgumentException("No projection set declares the alias " + alias);
        }
        return found;
    }

    void flush() {
        documents.values().forEach(Documents::flush);
    }
}
