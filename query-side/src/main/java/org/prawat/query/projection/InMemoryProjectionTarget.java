package org.prawat.query.projection;

import java.util.HashMap;
import java.util.Map;

/** A {@link ProjectionTarget} in memory: what one event stream folds into, kept for the caller to read. */
public final class InMemoryProjectionTarget implements ProjectionTarget {

    private final Map<String, Documents> readThrough = new HashMap<>();
    private final Map<String, Documents> documents = new HashMap<>();

    /** Reads of {@code alias} that find nothing in memory fall back to {@code existing}. */
    public InMemoryProjectionTarget readingThrough(String alias, Documents existing) {
        readThrough.put(alias, existing);
        return this;
    }

    @Override
    public Documents documents(String alias) {
        return documents.computeIfAbsent(alias, a -> new InMemoryDocuments(readThrough.get(a)));
    }
}
