package org.prawat.query.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Elasticsearch side of a rebuild: new versions made, aliases moved, old versions removed. */
final class RebuildIndices {

    private final ElasticsearchClient client;

    RebuildIndices(ElasticsearchClient client) {
        this.client = client;
    }

    /** One new, empty version per alias (the index template gives it the current mapping). */
    Map<String, String> createNextVersions(Collection<String> aliases) throws IOException {
        Map<String, String> created = new LinkedHashMap<>();
        try {
            for (String alias : aliases) {
                String index = IndexVersions.next(alias, versions(alias).keySet());
                client.indices().create(c -> c.index(index));
                created.put(alias, index);
            }
            client.cluster().health(h -> h.index(List.copyOf(created.values())).waitForStatus(HealthStatus.Yellow));
        } catch (IOException | RuntimeException e) {
            delete(created.values());
            throw e;
        }
        return created;
    }

    void refresh(Collection<String> indices) throws IOException {
        client.indices().refresh(r -> r.index(List.copyOf(indices)));
    }

    /**
     * Every alias onto its new version in one request, so a search sees either all old or all new
     * versions. A concrete index under an alias's own name (written by a live projection after its
     * versions were deleted) is removed in the same request, or the alias could not be added.
     */
    void switchAliases(Map<String, String> newIndexByAlias) throws IOException {
        List<Action> actions = new ArrayList<>();
        for (var entry : newIndexByAlias.entrySet()) {
            String alias = entry.getKey();
            String index = entry.getValue();
            for (var version : versions(alias).entrySet()) {
                if (!version.getKey().equals(index) && version.getValue().contains(alias)) {
                    actions.add(Action.of(
                            a -> a.remove(r -> r.index(version.getKey()).alias(alias))));
                }
            }
            if (!client.indices().existsAlias(a -> a.name(alias)).value()
                    && client.indices().exists(e -> e.index(alias)).value()) {
                actions.add(Action.of(a -> a.removeIndex(r -> r.index(alias))));
            }
            actions.add(
                    Action.of(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true))));
        }
        client.indices().updateAliases(u -> u.actions(actions));
    }

    /** Removes every version of each alias except the one it now points at. */
    void deleteAllBut(Map<String, String> keptByAlias) throws IOException {
        List<String> old = new ArrayList<>();
        for (var entry : keptByAlias.entrySet()) {
            versions(entry.getKey()).keySet().stream()
                    .filter(index -> !index.equals(entry.getValue()))
                    .forEach(old::add);
        }
        delete(old);
    }

    void delete(Collection<String> indices) throws IOException {
        if (!indices.isEmpty()) {
            client.indices().delete(d -> d.index(List.copyOf(indices)).ignoreUnavailable(true));
        }
    }

    /** The versions of {@code alias} that exist, each with the aliases it carries. */
    private Map<String, Set<String>> versions(String alias) throws IOException {
        Map<String, Set<String>> versions = new LinkedHashMap<>();
        client.indices()
                .get(g -> g.index(alias + "-v*").allowNoIndices(true))
                .result()
                .forEach((index, state) -> {
                    if (IndexVersions.versionOf(alias, index).isPresent()) {
                        versions.put(index, state.aliases().keySet());
                    }
                });
        return versions;
    }
}
