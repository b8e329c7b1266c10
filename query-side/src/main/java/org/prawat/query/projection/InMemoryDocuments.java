package org.prawat.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * {@link Documents} kept in memory, for folding one event stream without touching an index.
 * Documents not written here may be read from {@code readThrough} (e.g. the live unit paths);
 * nothing is ever written there.
 */
public final class InMemoryDocuments implements Documents {

    private static final ObjectMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    private final Map<String, Object> documents = new LinkedHashMap<>();
    private final Documents readThrough;

    public InMemoryDocuments() {
        this(null);
    }

    public InMemoryDocuments(Documents readThrough) {
        this.readThrough = readThrough;
    }

    @Override
    public <T> Optional<T> get(String id, Class<T> type) {
        if (documents.containsKey(id)) {
            return Optional.of(type.cast(documents.get(id)));
        }
        return readThrough == null ? Optional.empty() : readThrough.get(id, type);
    }

    @Override
    public <T> Map<String, T> getAll(Collection<String> ids, Class<T> type) {
        Map<String, T> found = new LinkedHashMap<>();
        for (String id : ids) {
            get(id, type).ifPresent(document -> found.put(id, document));
        }
        return found;
    }

    @Override
    public void put(String id, Object document) {
        documents.put(id, document);
    }

    /** Only the documents written here are searched. */
    @Override
    public List<String> idsWhere(String field, String value) {
        return documents.entrySet().stream()
                .filter(entry -> holds(JSON.valueToTree(entry.getValue()).get(field), value))
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public void flush() {
        // nothing to write anywhere
    }

    private static boolean holds(JsonNode field, String value) {
        if (field == null) {
            return false;
        }
        if (field.isArray()) {
            return StreamSupport.stream(field.spliterator(), false).anyMatch(element -> value.equals(element.asText()));
        }
        return value.equals(field.asText());
    }
}
