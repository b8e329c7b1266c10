package org.prawat.bench.run;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.prawat.api.rebuild.RebuildProgress;
import org.prawat.api.rebuild.RebuildState;
import org.prawat.query.projection.ProjectionSet;
import org.prawat.query.rebuild.ProjectionRebuild;

/**
 * Replay throughput: the application's own rebuild of every index, timed from start to the
 * switch of the aliases; then, as its raw limit, {@code _bulk} of the documents it produced.
 */
final class Replay {

    record Result(long events, double seconds, RawBulk.Result raw) {
        double eventsPerSecond() {
            return events / seconds;
        }

        /** The events replayed, at the pace raw {@code _bulk} writes the documents they produce. */
        double rawEventsPerSecond() {
            return events / raw.seconds();
        }
    }

    private static final Duration GIVE_UP = Duration.ofHours(6);

    private final ProjectionRebuild rebuild;
    private final List<ProjectionSet> sets;
    private final RawElasticsearch elasticsearch;

    Replay(ProjectionRebuild rebuild, List<ProjectionSet> sets, RawElasticsearch elasticsearch) {
        this.rebuild = rebuild;
        this.sets = sets;
        this.elasticsearch = elasticsearch;
    }

    Result measure() throws InterruptedException {
        long start = System.nanoTime();
        RebuildProgress progress = rebuild.start();
        while (progress.state() != RebuildState.DONE && progress.state() != RebuildState.FAILED) {
            if (System.nanoTime() - start > GIVE_UP.toNanos()) {
                throw new IllegalStateException("The rebuild did not finish within " + GIVE_UP);
            }
            TimeUnit.MILLISECONDS.sleep(50);
            progress = rebuild.progress();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (progress.state() == RebuildState.FAILED) {
            throw new IllegalStateException("The rebuild failed: " + progress.message());
        }
        var aliases =
                sets.stream().flatMap(set -> set.aliases().stream()).distinct().toList();
        var raw = new RawBulk(elasticsearch).measure(aliases, progress.done());
        return new Result(progress.done(), seconds, raw);
    }
}
