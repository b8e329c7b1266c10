package org.prawat.query.projection;

import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;

/**
 * What a projection needs to know about an event besides its payload: its {@code position} in the
 * stream being applied (the global index for the event store's tracked events, as Axon's
 * {@code TrackingToken} parameter would give it), when it was recorded, and its id.
 */
public record EventFacts(long position, Instant recordedAt, String eventId) {

    /** The facts of a tracked event; a replay token counts as the position it is replaying. */
    public static EventFacts of(EventMessage<?> event) {
        if (!(event instanceof TrackedEventMessage<?> tracked)) {
            throw new IllegalArgumentException("Projections apply tracked events only, not " + event);
        }
        long position = WrappedToken.unwrapLowerBound(tracked.trackingToken())
                .position()
                .orElseThrow(() -> new IllegalArgumentException("No position in " + tracked.trackingToken()));
        return new EventFacts(position, event.getTimestamp(), event.getIdentifier());
    }

    /** Whether a document that already applied the event at {@code lastApplied} is behind this one. */
    public boolean isNewerThan(long lastApplied) {
        return position > lastApplied;
    }
}
