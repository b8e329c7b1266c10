package org.prawat.query.audit;

/**
 * One position of a chain as stored: the event row (null fields when the event is gone) beside its
 * link row (null fields when the link is missing), matched on aggregate and sequence number.
 */
record ChainRow(String aggregateId, long sequenceNumber, StoredEvent event, StoredLink link) {

    /** The columns of {@code domain_event_entry} that the chain covers. */
    record StoredEvent(
            String type,
            String eventIdentifier,
            String payloadType,
            String payloadRevision,
            String timeStamp,
            byte[] payload,
            byte[] metaData) {}

    /** A row of {@code event_chain_link} (V7). */
    record StoredLink(
            String eventIdentifier,
            String payloadType,
            String timeStamp,
            String payloadSha256,
            String metaDataSha256,
            String previousHash,
            String linkHash) {}
}
