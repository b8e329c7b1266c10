package org.prawat.api.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event as the store keeps it: its place in the case file's stream ({@code sequenceNumber}),
 * type (simple class name) and {@code revision}; {@code businessDate} is when the fact happened,
 * by rule the first date field of the event, searched depth first through its fields in declaration
 * order (null when the event names no date); {@code recordedAt} is when the store recorded it;
 * {@code issuedBy}, {@code reason} and {@code correlationId} come from its metadata (null when not
 * given); {@code payloadJson} is the stored payload, pretty-printed but otherwise as stored.
 */
public record CaseFileEvent(
        long sequenceNumber,
        String eventType,
        String revision,
        LocalDate businessDate,
        Instant recordedAt,
        String issuedBy,
        String reason,
        String correlationId,
        String payloadJson) {}
