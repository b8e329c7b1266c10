package org.prawat.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.Scope;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;

/**
 * Projection lag at a steady rate: RecordTraining commands (one event each) to employees in
 * service, paced to {@code rate} a second by several senders. Every {@code probeEvery}-th record is
 * watched from the moment its command was accepted (sendAndWait returned) until it is
 * <em>visible</em> in the case file (its timeline document, read in real time as FindCaseHistory
 * reads it) and until it is <em>searchable</em> (found by a search, i.e. after an index refresh).
 *
 * <p>One watcher thread asks for all open probes at once every {@value #POLL_MILLIS} ms: one
 * {@code _mget} and one {@code ids} search a tick, however many probes are open. (Polling
 * FindCaseHistory per probe, a full timeline read each, loaded the machine so much at a growing
 * backlog that the measurement slowed what it measured.) Afterwards every probe is checked once
 * through FindCaseHistory, as the HR officer would open the case file.
 */
final class ProjectionLag {

    /** What the run achieved: lags to visible and to searchable, the rate sent, probes never seen. */
    record Result(Latencies visible, Latencies searchable, double sentPerSecond, int lost, int notInCaseFile) {}

    private static final int SENDERS = 8;
    private static final long POLL_MILLIS = 20;
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final String ENTRIES = "timeline";

    private record Probe(DataSetLoader.Active person, String entryId, long accepted) {}

    private final CommandSender sender;
    private final QueryGateway queries;
    private final RawElasticsearch elasticsearch;
    private final Clock clock;

    ProjectionLag(CommandSender sender, QueryGateway queries, RawElasticsearch elasticsearch, Clock clock) {
        this.sender = sender;
        this.queries = queries;
        this.elasticsearch = elasticsearch;
        this.clock = clock;
    }

    Result measure(List<DataSetLoader.Active> people, int rate, int seconds, int probeEvery) throws Exception {
        var eligible = people.stream()
                .filter(p -> p.appointedOn().isBefore(LocalDate.now(clock).minusDays(30)))
                .toList();
        if (eligible.isEmpty()) {
            throw new IllegalStateException("No employee in service to record trainings for");
        }
        int total = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        var watcher = new Watcher();
        var watching = new Thread(watcher, "bench-lag-watcher");
        watching.start();
        var next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        long start = System.nanoTime();
        for (int s = 0; s < SENDERS; s++) {
            senders.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    LockSupport.parkNanos(start + i * interval - System.nanoTime());
                    var person = eligible.get(i % eligible.size());
                    var trainingId = TrainingId.random();
                    if (sender.send(new RecordTraining(person.employeeId(), trainingId, training()))
                            && i % probeEvery == 0) {
                        watcher.watch(new Probe(person, trainingId.toString(), System.nanoTime()));
                    }
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
        double sentPerSecond = total / ((System.nanoTime() - start) / 1e9);
        watcher.finish();
        watching.join();
        int notInCaseFile =
                (int) watcher.seen.stream().filter(p -> !inCaseFile(p)).count();
        return new Result(watcher.visible, watcher.searchable, sentPerSecond, watcher.lost, notInCaseFile);
    }

    /** Watches open probes until each is visible and searchable, or gives up on it after 30 s. */
    private final class Watcher implements Runnable {
        private final Map<String, Probe> toShow = new ConcurrentHashMap<>();
        private final Map<String, Probe> toFind = new ConcurrentHashMap<>();
        final Latencies visible = new Latencies();
        final Latencies searchable = new Latencies();
        final List<Probe> seen = new ArrayList<>();
        volatile boolean finishing;
        int lost;

        void watch(Probe probe) {
            toShow.put(probe.entryId(), probe);
            toFind.put(probe.entryId(), probe);
        }

        void finish() {
            finishing = true;
        }

        @Override
        public void run() {
            while (!finishing || !toShow.isEmpty() || !toFind.isEmpty()) {
                long tick = System.nanoTime();
                for (String id : visibleOf(toShow.keySet())) {
                    var probe = toShow.remove(id);
                    visible.add(tick - probe.accepted());
                    seen.add(probe);
                }
                for (String id : searchableOf(toFind.keySet())) {
                    searchable.add(tick - toFind.remove(id).accepted());
                }
                lost += giveUp(toShow, tick) + giveUp(toFind, tick);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
            }
        }

        /**
         * Counts what it removes itself: sizes before and after would count a probe the senders add
         * meanwhile as minus one (a medium run reported -1 lost).
         */
        private int giveUp(Map<String, Probe> open, long now) {
            var expired = open.entrySet().stream()
                    .filter(entry -> now - entry.getValue().accepted() > GIVE_UP_NANOS)
                    .map(Map.Entry::getKey)
                    .toList();
            int removed = 0;
            for (String id : expired) {
                if (open.remove(id) != null) {
                    removed++;
                }
            }
            return removed;
        }
    }

    /** The ids among {@code ids} whose timeline documents exist now (a real-time multi-get). */
    private Set<String> visibleOf(Set<String> ids) {
        var found = new HashSet<String>();
        if (ids.isEmpty()) {
            return found;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        var list = body.putArray("ids");
        List.copyOf(ids).forEach(list::add);
        for (JsonNode doc : elasticsearch.post("/" + ENTRIES + "/_mget", body).path("docs")) {
            if (doc.path("found").asBoolean()) {
                found.add(doc.path("_id").asText());
            }
        }
        return found;
    }

    /** The ids among {@code ids} a search finds now (refreshed into the index). */
    private Set<String> searchableOf(Set<String> ids) {
        var found = new HashSet<String>();
        if (ids.isEmpty()) {
            return found;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("size", ids.size()).put("_source", false);
        var values = body.putObject("query").putObject("ids").putArray("values");
        List.copyOf(ids).forEach(values::add);
        for (JsonNode hit : elasticsearch
                .post("/" + ENTRIES + "/_search", body)
                .path("hits")
                .path("hits")) {
            found.add(hit.path("_id").asText());
        }
        return found;
    }

    private boolean inCaseFile(Probe probe) {
        Optional<CaseHistory> history = Senders.as(Senders.HR_OFFICER, () -> queries.query(
                        new FindCaseHistory(probe.person().employeeId(), Scope.everything()),
                        ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join());
        return history.map(h -> h.entries().stream().anyMatch(e -> e.entryId().equals(probe.entryId())))
                .orElse(false);
    }

    /** A short in-house course a week ago, as an HR office records them every day. */
    private Training training() {
        LocalDate day = LocalDate.now(clock).minusDays(7);
        return new Training(
                TrainingKind.TRAINING,
                "การจัดทำแผนพัฒนาท้องถิ่นและการติดตามประเมินผล",
                "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด",
                List.of("นายสมศักดิ์ ใจดี"),
                day,
                day,
                new BigDecimal("6"),
                DevelopmentArea.JOB_SPECIFIC,
                TrainingOutcome.PASSED,
                null,
                null,
                null);
    }
}
