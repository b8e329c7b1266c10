package org.prawat.api.history;

import java.time.Instant;
import java.util.Map;
import org.prawat.api.correction.CorrectionRequestId;

/**
 * One correction or retraction of an entry, recorded at {@code recordedAt}: why, on what evidence,
 * approved by whom, answering which owner's request (or null), and what the entry said before
 * ({@code previousTitle}, {@code previousDetails}), so the original can be shown struck through.
 */
public record EntryCorrection(
        Instant recordedAt,
        boolean retraction,
        String reason,
        String evidenceReference,
        String approvedBy,
        CorrectionRequestId requestId,
        String previousTitle,
        Map<String, String> previousDetails) {}
