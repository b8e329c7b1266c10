package org.prawat.bench.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Latency of one kind of query through the query bus beside the same work done directly. Each
 * distinct query is sent once first (warm-up, and the capture of what it sends); the timed samples
 * then cycle through them, alternating which of the two goes first so neither always finds the
 * caches warmed by the other.
 */
final class QueryLatency {

    record Result(Latencies app, Latencies raw) {}

    private final RequestCapture capture;
    private final RawElasticsearch elasticsearch;

    QueryLatency(RequestCapture capture, RawElasticsearch elasticsearch) {
        this.capture = capture;
        this.elasticsearch = elasticsearch;
    }

    /** Queries answered from Elasticsearch: the raw limit is the captured requests sent again. */
    Result againstElasticsearch(List<Runnable> queries, int samples) {
        List<Runnable> raws = new ArrayList<>();
        for (Runnable query : queries) {
            var sent = capture.during(query);
            if (sent.isEmpty()) {
                throw new IllegalStateException("A query sent nothing to Elasticsearch");
            }
            raws.add(() -> elasticsearch.replay(sent));
        }
        return timed(queries, raws, samples);
    }

    /** Queries whose raw limit is other direct work (e.g. reading the event rows). */
    Result against(List<Runnable> queries, List<Runnable> raws, int samples) {
        queries.forEach(Runnable::run);
        raws.forEach(Runnable::run);
        return timed(queries, raws, samples);
    }

    private static Result timed(List<Runnable> queries, List<Runnable> raws, int samples) {
        var app = new Latencies();
        var raw = new Latencies();
        for (int s = 0; s < samples; s++) {
            int i = s % queries.size();
            if (s % 2 == 0) {
                app.time(queries.get(i));
                raw.time(raws.get(i));
            } else {
                raw.time(raws.get(i));
                app.time(queries.get(i));
            }
        }
        return new Result(app, raw);
    }
}
