package org.prawat.query.projection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One index's documents as a projection sees them while it applies a batch of events: its own
 * writes not yet flushed come first, then what the index holds (Elasticsearch GET and mget are
 * real-time, so documents written but not yet refreshed are seen too).
 */
public interface Documents {

    <T> Optional<T> get(String id, Class<T> type);

    /** The documents found under {@code ids}, by id, in the order asked; missing ones are left out. */
    <T> Map<String, T> getAll(Collection<String> ids, Class<T> type);

    /** Writes {@code document} whole under {@code id} (buffered until {@link #flush()}). */
    void put(String id, Object document);

    /**
     * The ids of every document whose keyword {@code field} holds {@code value}, this batch's writes
     * included: flushes and refreshes first, so it is slow; for rare events such as a unit move.
     */
    List<String> idsWhere(String field, String value);

    /** Writes every buffered document in one request; fails if any of them was not written. */
    void flush();
}
