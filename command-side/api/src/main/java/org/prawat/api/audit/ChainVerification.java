package org.prawat.api.audit;

import java.time.Duration;
import java.util.List;

/**
 * What a verification of the hash chain found: how many chains ({@code chainsChecked}, one per case
 * file or other aggregate) and stored events it recomputed, how long it took, and the first broken
 * link of each broken chain ({@code brokenLinks}, empty when nothing was altered).
 */
public record ChainVerification(long chainsChecked, long eventsChecked, Duration took, List<BrokenLink> brokenLinks) {

    public ChainVerification {
        brokenLinks = List.copyOf(brokenLinks);
    }

    public boolean intact() {
        return brokenLinks.isEmpty();
    }
}
