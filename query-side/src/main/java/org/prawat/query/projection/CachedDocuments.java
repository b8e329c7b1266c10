package org.prawat.query.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Documents} of an index whose only writer is the one applying these events, read from a
 * {@link DocumentCache} before Elasticsearch is asked: this batch's writes first, then what the
 * cache knows, then (for ids that may be stored at all) the index. Writes reach the cache only
 * when the caller says they are {@link #committed()}; a batch that rolls back must clear it.
 */
public final class CachedDocuments implements Documents {

    private final Documents stored;
    private final DocumentCache cache;
    private final WrittenIds writtenIds;
    private final Map<String, Object> written = new HashMap<>();

    /**
     * @param writtenIds every id ever written to the index when it is fresh (a rebuild's), so that
     *     others are known to be missing; null when the index may already hold anything
     */
    public CachedDocuments(Documents stored, DocumentCache cache, WrittenIds writtenIds) {
        this.stored = stored;
        this.cache = cache;
        this.writtenIds = writtenIds;
    }

    @Override
    public <T> Optional<T> get(String id, Class<T> type) {
        if (written.containsKey(id)) {
            return Optional.of(type.cast(written.get(id)));
        }
        if (cache.knows(id)) {
            return Optional.ofNullable(type.cast(cache.document(id)));
        }
        if (!mayBeStored(id)) {
            return Optional.empty();
        }
        Optional<T> found = stored.get(id, type);
        rememberRead(id, found.orElse(null));
        return found;
    }

    @Override
    public <T> Map<String, T> getAll(Collection<String> ids, Class<T> type) {
        Map<String, Object> known = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            if (written.containsKey(id)) {
                known.put(id, written.get(id));
            } else if (cache.knows(id)) {
                known.put(id, cache.document(id));
            } else if (mayBeStored(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            Map<String, T> found = stored.getAll(unknown, type);
            for (String id : unknown) {
                Object document = found.get(id);
                rememberRead(id, document);
                known.put(id, document);
            }
        }
        Map<String, T> inOrder = new LinkedHashMap<>();
        for (String id : ids) {
            Object document = known.get(id);
            if (document != null) {
                inOrder.put(id, type.cast(document));
            }
        }
        return inOrder;
    }

    @Override
    public void put(String id, Object document) {
        written.put(id, document);
        if (writtenIds != null) {
            writtenIds.add(id);
        }
        stored.put(id, document);
    }

    @Override
    public List<String> idsWhere(String field, String value) {
        return stored.idsWhere(field, value);
    }

    @Override
    public void flush() {
        stored.flush();
    }

    /** This batch's writes are in the index for good: the cache may serve them from now on. */
    public void committed() {
        cache.rememberAll(written);
        written.clear();
    }

    /**
     * What was read is remembered only in a rebuild, whose one thread is the only reader and writer
     * of its fresh indices. A live alias is read by other processors too (e.g. unit paths): had one
     * of them remembered a document it read just before the writer committed a newer one, the cache
     * would keep the older. Live, the cache therefore holds committed writes only.
     */
    private void rememberRead(String id, Object document) {
        if (writtenIds != null) {
            cache.remember(id, document);
        }
    }

    private boolean mayBeStored(String id) {
        return writtenIds == null || writtenIds.mayContain(id);
    }
}
