package org.prawat.query.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.rebuild.FindRebuildProgress;
import org.prawat.api.rebuild.RebuildProgress;
import org.prawat.api.rebuild.RebuildState;
import org.prawat.query.projection.LiveProjectionTarget;
import org.prawat.query.projection.ProjectionSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Replays the whole event store through fresh instances of every {@link ProjectionSet} into new
 * index versions, in one pass for all read models (a projection may read another's alias, and the
 * target maps every alias to its new version). The old versions answer searches until the switch;
 * the live processors pause only for the last events and the alias update, and take up again from
 * their own tokens: anything they apply twice is skipped by the documents' last positions. The old
 * versions are deleted after the switch: the event store is the backup, not the previous index.
 */
@Service
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    /**
     * Events between two bulk requests: big enough to be quick (a document changed by several of
     * them is sent once), small enough for a modest heap and well inside each index's cache.
     */
    public static final int FLUSH_EVERY = 2_000;

    /**
     * How long the store may offer nothing before the replay counts as caught up (the store hands
     * over stored events at once, so a pause this long means the replay has reached the head).
     */
    private static final int CAUGHT_UP_AFTER_MILLIS = 250;

    private final List<ProjectionSet> sets;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final ElasticsearchClient client;
    private final LiveProjectionTarget live;
    private final RebuildIndices indices;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<ProgressMeter> meter = new AtomicReference<>();

    ProjectionRebuild(
            List<ProjectionSet> sets,
            EventStore eventStore,
            EventProcessingConfiguration processing,
            ElasticsearchClient client,
            LiveProjectionTarget live,
            Clock clock) {
        this.sets = List.copyOf(sets);
        this.eventStore = eventStore;
        this.processing = processing;
        this.client = client;
        this.live = live;
        this.indices = new RebuildIndices(client);
        this.clock = clock;
    }

    /** Starts a rebuild on its own thread and answers at once; refuses while one is running. */
    public RebuildProgress start() {
        if (!running.compareAndSet(false, true)) {
            throw new RebuildAlreadyRunning();
        }
        try {
            meter.set(ProgressMeter.started(clock.instant(), position(eventStore.createHeadToken())));
            var thread = new Thread(this::run, "projection-rebuild");
            thread.setDaemon(true);
            thread.start();
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        return progress();
    }

    public RebuildProgress progress() {
        var current = meter.get();
        return current == null ? RebuildProgress.idle() : current.at(clock.instant());
    }

    @QueryHandler
    RebuildProgress handle(FindRebuildProgress query) {
        return progress();
    }

    private void run() {
        Map<String, String> halfBuilt = Map.of();
        List<TrackingEventProcessor> paused = new ArrayList<>();
        try {
            var newIndices = indices.createNextVersions(aliases());
            halfBuilt = newIndices;
            try (var target = new RebuildTarget(client, newIndices, meter.get().total())) {
                var handlers = sets.stream()
                        .flatMap(set -> set.projections(target).stream())
                        .map(AnnotationEventHandlerAdapter::new)
                        .toList();
                try (var stream = eventStore.openStream(null)) {
                    replayUntilCaughtUp(stream, handlers, target);
                    update(RebuildState.SWITCHING, "หยุดชั่วคราวเพื่อสลับดัชนี / Pausing live projections to switch");
                    paused.addAll(pauseLiveProcessors());
                    drainTo(position(eventStore.createHeadToken()), stream, handlers, target);
                }
                target.flush();
            }
            indices.refresh(newIndices.values());
            indices.switchAliases(newIndices);
            halfBuilt = Map.of();
            deleteOldVersions(newIndices);
            finish(RebuildState.DONE, "สร้างดัชนีใหม่เสร็จแล้ว / Rebuilt into " + newIndices.values());
        } catch (Exception e) {
            log.error("Rebuild into {} failed", halfBuilt.values(), e);
            discard(halfBuilt);
            finish(RebuildState.FAILED, "สร้างดัชนีใหม่ไม่สำเร็จ / Rebuild failed: " + e);
        } finally {
            // The aliases may mean the new versions now: the live processors start with nothing cached.
            live.forgetCachedDocuments();
            paused.forEach(TrackingEventProcessor::start);
            running.set(false);
        }
    }

    private void replayUntilCaughtUp(
            BlockingStream<TrackedEventMessage<?>> stream,
            List<AnnotationEventHandlerAdapter> handlers,
            RebuildTarget target)
            throws Exception {
        while (stream.hasNextAvailable(CAUGHT_UP_AFTER_MILLIS, TimeUnit.MILLISECONDS)) {
            apply(stream.nextAvailable(), handlers, target);
        }
    }

    /**
     * Everything up to {@code head}: the live processors stopped at or before it, so past it they
     * write the new versions themselves once started again.
     */
    private void drainTo(
            long head,
            BlockingStream<TrackedEventMessage<?>> stream,
            List<AnnotationEventHandlerAdapter> handlers,
            RebuildTarget target)
            throws Exception {
        long reached = 0;
        while (reached < head && stream.hasNextAvailable(CAUGHT_UP_AFTER_MILLIS, TimeUnit.MILLISECONDS)) {
            var event = stream.nextAvailable();
            apply(event, handlers, target);
            reached = position(event.trackingToken());
        }
    }

    private void apply(TrackedEventMessage<?> event, List<AnnotationEventHandlerAdapter> handlers, RebuildTarget target)
            throws Exception {
        for (var handler : handlers) {
            if (handler.canHandle(event)) {
                handler.handle(event);
            }
        }
        var progress = meter.updateAndGet(m -> m.applied(1));
        if (progress.done() % FLUSH_EVERY == 0) {
            target.flushInBackground();
        }
    }

    private List<TrackingEventProcessor> pauseLiveProcessors() {
        var groups = new LinkedHashSet<String>();
        sets.forEach(set -> groups.add(set.processingGroup()));
        List<TrackingEventProcessor> paused = new ArrayList<>();
        for (String group : groups) {
            processing.eventProcessor(group, TrackingEventProcessor.class).ifPresent(processor -> {
                if (processor.isRunning()) {
                    processor.shutDown();
                    paused.add(processor);
                }
            });
        }
        return paused;
    }

    private List<String> aliases() {
        return sets.stream().flatMap(set -> set.aliases().stream()).distinct().toList();
    }

    /** A failure here leaves stale indices behind, not a broken read side: the switch is done. */
    private void deleteOldVersions(Map<String, String> newIndices) {
        try {
            indices.deleteAllBut(newIndices);
        } catch (Exception e) {
            log.warn("Switched to {} but could not delete the old versions", newIndices.values(), e);
        }
    }

    private void discard(Map<String, String> newIndices) {
        try {
            indices.delete(newIndices.values());
        } catch (Exception e) {
            log.error("Could not delete the half-built indices {}", newIndices.values(), e);
        }
    }

    private void update(RebuildState state, String message) {
        meter.updateAndGet(m -> m.now(state, message, null));
    }

    private void finish(RebuildState state, String message) {
        meter.updateAndGet(m -> m.now(state, message, clock.instant()));
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
