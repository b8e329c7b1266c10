package org.prawat.api.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The first place where a chain no longer matches its stored events: the aggregate
 * ({@code aggregateId}, an employee id for a case file), the event's place in its stream, its type
 * (simple class name), business date and record time (null when they cannot be read any more), and
 * {@code what} differs.
 */
public record BrokenLink(
        String aggregateId,
        long sequenceNumber,
        String eventType,
        LocalDate businessDate,
        Instant recordedAt,
        ChainBreak what) {}
