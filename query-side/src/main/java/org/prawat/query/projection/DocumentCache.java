package org.prawat.query.projection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one index is known to hold, kept across batches so that a projection need not ask
 * Elasticsearch again: the least recently used documents, also the ids known to be missing. Only
 * valid while whoever fills it is the index's sole writer; it is cleared whenever that may no
 * longer be so (a rolled-back batch, an alias switched to a rebuilt index).
 */
public final class DocumentCache {

    /** The documents an index cache holds by default: MEDIUM and LARGE must still fit the heap. */
    public static final int DEFAULT_CAPACITY = 20_000;

    private static final Object MISSING = new Object();

    private final Map<String, Object> documents;

    public DocumentCache(int capacity) {
        this.documents = new LinkedHashMap<>(Math.min(capacity, 1_024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Whether anything is known about {@code id}. */
    synchronized boolean knows(String id) {
        return documents.containsKey(id);
    }

    /** The document known under {@code id}; null when it is known to be missing or not known at all. */
    synchronized Object document(String id) {
        Object document = documents.get(id);
        return document == MISSING ? null : document;
    }

    /** Remembers {@code document} (null: there is none) under {@code id}. */
    synchronized void remember(String id, Object document) {
        documents.put(id, document == null ? MISSING : document);
    }

    synchronized void rememberAll(Map<String, Object> written) {
        documents.putAll(written);
    }

    public synchronized void clear() {
        documents.clear();
    }

    synchronized int size() {
        return documents.size();
    }
}
