package org.prawat.api.audit;

import java.time.Instant;

/**
 * One read recorded in the read log: when, by whom ({@code account} and the role they acted in,
 * null when not known), through which {@code channel} ({@code ui}, {@code http-api},
 * {@code application}), what kind of read, the query's type (simple name), the case file read (null
 * for a search), the searched text (null for a case file) and the whole query as JSON.
 */
public record ReadLogEntry(
        long id,
        Instant readAt,
        String account,
        String actingRole,
        String channel,
        ReadKind kind,
        String queryType,
        String employeeId,
        String searchText,
        String query) {}
