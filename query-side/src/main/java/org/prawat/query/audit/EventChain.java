package org.prawat.query.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.prawat.api.audit.ChainBreak;
import org.prawat.query.audit.ChainRow.StoredEvent;

/**
 * The hash chain's arithmetic, the same as the trigger of migration V7 computes when an event is
 * appended (the migration documents the layout); recomputed here from the stored bytes so that a
 * verification does not trust the database's own functions.
 */
final class EventChain {

    private EventChain() {}

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String linkHash(
            String previousHash,
            String aggregateId,
            long sequenceNumber,
            StoredEvent event,
            String payloadSha256,
            String metaDataSha256) {
        String text = String.join(
                "\n",
                field(previousHash),
                field(aggregateId),
                field(Long.toString(sequenceNumber)),
                field(event.type()),
                field(event.eventIdentifier()),
                field(event.payloadType()),
                field(event.payloadRevision()),
                field(event.timeStamp()),
                payloadSha256,
                metaDataSha256);
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String field(String value) {
        return value == null ? "-:" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }

    /**
     * Follows one chain, oldest first: the first row that breaks it, and why. {@code previousHash}
     * is the stored hash of the link before (null at the start of a chain).
     */
    static Optional<ChainBreak> check(ChainRow row, String previousHash) {
        if (row.link() == null) {
            return Optional.of(ChainBreak.LINK_MISSING);
        }
        if (row.event() == null) {
            return Optional.of(ChainBreak.EVENT_MISSING);
        }
        var link = row.link();
        var event = row.event();
        if (!Objects.equals(link.previousHash(), previousHash)) {
            return Optional.of(ChainBreak.CHAIN_BROKEN);
        }
        if (!link.eventIdentifier().equals(event.eventIdentifier())) {
            return Optional.of(ChainBreak.EVENT_REORDERED);
        }
        String payloadSum = sha256(event.payload());
        if (!payloadSum.equals(link.payloadSha256())) {
            return Optional.of(ChainBreak.PAYLOAD_CHANGED);
        }
        String metaSum = sha256(event.metaData() == null ? new byte[0] : event.metaData());
        if (!metaSum.equals(link.metaDataSha256())) {
            return Optional.of(ChainBreak.METADATA_CHANGED);
        }
        String recomputed = linkHash(previousHash, row.aggregateId(), row.sequenceNumber(), event, payloadSum, metaSum);
        return recomputed.equals(link.linkHash()) ? Optional.empty() : Optional.of(ChainBreak.IDENTITY_CHANGED);
    }
}
