package org.prawat.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Axon's aggregate cache, bounded: the case files used most recently stay in memory between
 * commands, so a command on one of them reads nothing back from the event store before it
 * appends. An HR officer records a course's results, a round of evaluations, one person's
 * papers: consecutive commands mostly name the same few hundred case files.
 *
 * <p>Safe to keep because Axon locks each aggregate for the length of a command and drops the entry
 * when a command rolls back. Should another process append to a cached aggregate, the next command
 * here would append at a sequence number already taken, roll back (dropping the stale entry) and be
 * retried by the gateway on a freshly loaded aggregate ({@code CommandRetries}).
 */
public final class RecentAggregates implements Cache {

    private final Map<Object, Object> entries;

    public RecentAggregates(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 12), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public synchronized void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public synchronized boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    synchronized int size() {
        return entries.size();
    }

    /** Nobody listens: Axon's repositories do not register listeners on an aggregate cache. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("RecentAggregates has no entry listeners");
    }
}
