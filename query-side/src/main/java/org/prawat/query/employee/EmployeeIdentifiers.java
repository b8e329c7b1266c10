package org.prawat.query.employee;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.employee.FindEmployeesByIdentifiers;
import org.prawat.api.employee.IdentifiedEmployee;
import org.prawat.api.employee.IdentifiedEmployees;
import org.prawat.api.employee.NationalIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindEmployeesByIdentifiers}. The profiles keep national IDs masked, so a national
 * ID is looked up in PostgreSQL's {@code national_id_registry} (the set-validation table every
 * registration writes in its own transaction, so never behind the events) by its digest
 * ({@link NationalIds#pseudonym}; an erased person has none, so their national ID names nobody);
 * the employees found are then read from the {@value EmployeeProfiles#PROFILES} index like any
 * other hit; a person outside the query's scope is left out as if unknown.
 */
@Component
class EmployeeIdentifiers {

    private final ElasticsearchClient client;
    private final NamedParameterJdbcTemplate jdbc;

    private final byte[] secret;

    EmployeeIdentifiers(
            ElasticsearchClient client,
            NamedParameterJdbcTemplate jdbc,
            @Value("${prawat.pdpa.master-key}") String masterKey) {
        this.client = client;
        this.jdbc = jdbc;
        this.secret = Base64.getDecoder().decode(masterKey.strip());
    }

    @QueryHandler
    IdentifiedEmployees handle(FindEmployeesByIdentifiers query) throws IOException {
        Map<String, String> employeeIdOf = new HashMap<>();
        var nationalIds = new LinkedHashSet<String>();
        for (String identifier : query.identifiers()) {
            String normalised = NationalIds.normalise(identifier);
            if (NationalIds.isValid(normalised)) {
                nationalIds.add(normalised);
            } else {
                employeeIdOf.put(identifier, identifier.strip());
            }
        }
        var registered = registeredUnder(nationalIds);
        for (String identifier : query.identifiers()) {
            String owner = registered.get(NationalIds.normalise(identifier));
            if (owner != null) {
                employeeIdOf.put(identifier, owner);
            }
        }
        var profiles = profiles(employeeIdOf.values());
        var found = new ArrayList<IdentifiedEmployee>();
        for (String identifier : query.identifiers()) {
            var profile = profiles.get(employeeIdOf.get(identifier));
            if (profile != null && profile.unitPath() != null && query.scope().covers(profile.unitPath())) {
                found.add(new IdentifiedEmployee(identifier, EmployeeSearch.toHit(profile)));
            }
        }
        return new IdentifiedEmployees(found);
    }

    private Map<String, String> registeredUnder(java.util.Collection<String> nationalIds) {
        var owners = new HashMap<String, String>();
        if (nationalIds.isEmpty()) {
            return owners;
        }
        var nationalIdOf = new HashMap<String, String>();
        nationalIds.forEach(id -> nationalIdOf.put(NationalIds.pseudonym(id, secret), id));
        jdbc.query(
                "SELECT national_id_digest, employee_id FROM national_id_registry WHERE national_id_digest IN (:ids)",
                Map.of("ids", List.copyOf(nationalIdOf.keySet())),
                row -> {
                    owners.put(nationalIdOf.get(row.getString("national_id_digest")), row.getString("employee_id"));
                });
        return owners;
    }

    private Map<String, EmployeeDocument> profiles(java.util.Collection<String> employeeIds) throws IOException {
        var profiles = new HashMap<String, EmployeeDocument>();
        var ids = employeeIds.stream().filter(id -> !id.isBlank()).distinct().toList();
        if (ids.isEmpty()) {
            return profiles;
        }
        for (var item : client.mget(m -> m.index(EmployeeProfiles.PROFILES).ids(ids), EmployeeDocument.class)
                .docs()) {
            if (item.isResult() && item.result().found()) {
                profiles.put(item.result().id(), item.result().source());
            }
        }
        return profiles;
    }
}
