package org.prawat.api.audit;

/**
 * Recomputes the hash chain of every case file (and every other aggregate) in the event store and
 * answers a {@link ChainVerification} with the first broken link of each chain that is broken.
 */
public record VerifyEventStore() {}
