package org.prawat.bench.run;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The live event processors seen from outside: a measurement that starts while they still work
 * through a backlog would time the backlog, so the runner waits for them to reach the head first.
 */
final class Projections {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    Projections(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** Seconds until every streaming processor has applied the events stored now. */
    double awaitCaughtUp(Duration limit) throws InterruptedException {
        long head = position(eventStore.createHeadToken());
        long start = System.nanoTime();
        while (!caughtUp(head)) {
            if (System.nanoTime() - start > limit.toNanos()) {
                throw new IllegalStateException("The projections did not catch up within " + limit);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private boolean caughtUp(long head) {
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
        return processors.stream()
                .flatMap(p -> p.processingStatus().values().stream())
                .map(EventTrackerStatus::getCurrentPosition)
                .allMatch(position -> position.orElse(-1) >= head);
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
