package org.prawat.query.organisation;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reads units from the {@value #INDEX} alias; a get by id is real-time, no refresh needed. */
@Component
public class OrganisationUnits {

    public static final String INDEX = "organisation-units";

    private final ElasticsearchClient client;

    OrganisationUnits(ElasticsearchClient client) {
        this.client = client;
    }

    public Optional<OrganisationUnitDocument> find(String unitId) {
        try {
            var response = client.get(g -> g.index(INDEX).id(unitId), OrganisationUnitDocument.class);
            return Optional.ofNullable(response.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
