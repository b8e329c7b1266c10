package org.prawat.bench.run;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
 * service, paced to {@code rate} a second by several senders; every {@code probeEvery}-th record
 * is then looked for through FindCaseHistory, as the HR officer would open the case file, until
 * it shows. Lag = command accepted (sendAndWait returned) → the record visible in the answer.
 */
final class ProjectionLag {

    /** What the run achieved: lags of the probes, the rate actually sent, records that never showed. */
    record Result(Latencies lags, double sentPerSecond, int lost) {}

    private static final int SENDERS = 8;
    /** Resolution ±25 ms against a 1 s target, without the probes' own queries loading the machine. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final CommandSender sender;
    private final QueryGateway queries;
    private final Clock clock;

    ProjectionLag(CommandSender sender, QueryGateway queries, Clock clock) {
        this.sender = sender;
        this.queries = queries;
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
        var lags = new Latencies();
        var lost = new AtomicInteger();
        var slot = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        // A thread per waiting probe: with a few, probes queued behind each other and their waiting
        // in the queue was measured as lag (p99 near the 30 s give-up whatever the projections did).
        ExecutorService probes = Executors.newCachedThreadPool();
        long start = System.nanoTime();
        for (int s = 0; s < SENDERS; s++) {
            senders.submit(() -> {
                for (int i = slot.getAndIncrement(); i < total; i = slot.getAndIncrement()) {
                    LockSupport.parkNanos(start + i * interval - System.nanoTime());
                    var person = eligible.get(i % eligible.size());
                    var trainingId = TrainingId.random();
                    if (sender.send(new RecordTraining(person.employeeId(), trainingId, training()))
                            && i % probeEvery == 0) {
                        long accepted = System.nanoTime();
                        probes.submit(() -> probe(person, trainingId, accepted, lags, lost));
                    }
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
        double sentPerSecond = total / ((System.nanoTime() - start) / 1e9);
        probes.shutdown();
        probes.awaitTermination(GIVE_UP_NANOS + TimeUnit.SECONDS.toNanos(60), TimeUnit.NANOSECONDS);
        return new Result(lags, sentPerSecond, lost.get());
    }

    private void probe(
            DataSetLoader.Active person, TrainingId trainingId, long accepted, Latencies lags, AtomicInteger lost) {
        while (System.nanoTime() - accepted < GIVE_UP_NANOS) {
            if (shows(person, trainingId)) {
                lags.add(System.nanoTime() - accepted);
                return;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        lost.incrementAndGet();
    }

    private boolean shows(DataSetLoader.Active person, TrainingId trainingId) {
        Optional<CaseHistory> history = Senders.as(Senders.HR_OFFICER, () -> queries.query(
                        new FindCaseHistory(person.employeeId(), Scope.everything()),
                        ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join());
        return history.map(h -> h.entries().stream().anyMatch(e -> e.entryId().equals(trainingId.toString())))
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
