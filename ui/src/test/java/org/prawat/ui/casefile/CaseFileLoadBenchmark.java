package org.prawat.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.TrainingId;
import org.prawat.ui.PrawatIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long one command on a 35-year case file (~500 events) takes on the real PostgreSQL when the
 * case file is replayed from all its events and when it is loaded from a snapshot (never from the
 * cache of recent case files, which the benchmark empties before each command); also the reading
 * of its event stream alone. Prints median and max, asserts only that every run was measured. Run
 * with {@code mvn -Pbenchmark -pl ui -am verify}.
 */
@PrawatIntegrationTest
class CaseFileLoadBenchmark {

    private static final int RUNS = 12;
    private static final int WARM_UP = 2;
    private static final Duration SNAPSHOT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofSeconds(2);

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    /** The case files kept between commands: emptied before each timed command, so that it loads from the store. */
    @Autowired
    @Qualifier("caseFileCache")
    Cache caseFiles;

    @Test
    void a_command_on_a_35_year_case_file_with_and_without_a_snapshot() throws InterruptedException {
        long start = System.nanoTime();
        var career = ThirtyFiveYearCareer.record(commands);
        double recordingMillis = millisSince(start);
        var id = career.employeeId();
        awaitSnapshotsSettled(id);
        var replayed = new Timings();
        var fromSnapshot = new Timings();
        for (int run = 0; run < RUNS; run++) {
            // Each run alternates the two, so that neither gets the warmer caches.
            CaseFileStore.deleteSnapshots(jdbc, id);
            replayed.read.add(timeToRead(id));
            replayed.command.add(timeToRecordATraining(id, run));
            // Replaying the whole case file called for a snapshot, taken after the command returned.
            CaseFileStore.awaitSnapshot(jdbc, id, CaseFileStore.lastSequenceNumber(jdbc, id), SNAPSHOT_TIMEOUT);
            fromSnapshot.read.add(timeToRead(id));
            fromSnapshot.command.add(timeToRecordATraining(id, run));
        }
        int snapshotBytes = jdbc.queryForObject(
                "SELECT max(length(payload)) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Integer.class,
                id.value());

        assertThat(List.of(replayed.command, replayed.read, fromSnapshot.command, fromSnapshot.read))
                .allSatisfy(millis -> assertThat(millis).hasSize(RUNS));
        System.out.printf(
                "%nBENCHMARK 35-year case file of %d events (recorded in %.0f ms, %.0f commands/s); snapshot %d bytes;"
                        + " runs %d..%d (the first %d warm up):%n"
                        + "  command, case file replayed from every event: %s%n"
                        + "  command, case file loaded from its snapshot:   %s%n"
                        + "  reading the event stream alone, every event:   %s%n"
                        + "  reading the event stream alone, from snapshot: %s%n%n",
                CaseFileStore.eventsOf(jdbc, id),
                recordingMillis,
                career.events() * 1000.0 / recordingMillis,
                snapshotBytes,
                WARM_UP + 1,
                RUNS,
                WARM_UP,
                summary(replayed.command),
                summary(fromSnapshot.command),
                summary(replayed.read),
                summary(fromSnapshot.read));
    }

    /**
     * Waits until no snapshot of the career is still being taken: Axon drops a request for a snapshot
     * while one of the same case file is in progress, so one landing after the first run's delete
     * would leave that run without the snapshot it asked for.
     */
    private void awaitSnapshotsSettled(EmployeeId id) throws InterruptedException {
        long at = CaseFileStore.awaitSnapshot(jdbc, id, 0, SNAPSHOT_TIMEOUT);
        long previous;
        do {
            previous = at;
            Thread.sleep(QUIET.toMillis());
            at = CaseFileStore.snapshotAt(jdbc, id);
        } while (at != previous);
    }

    private record Timings(List<Double> command, List<Double> read) {
        Timings() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    private double timeToRecordATraining(EmployeeId id, int run) {
        var training = ThirtyFiveYearCareer.training(
                "การพัฒนาระบบสารสนเทศเพื่อการบริหารงานบุคคล",
                LocalDate.of(2026, 10, 1).plusDays(run));
        caseFiles.removeAll();
        long start = System.nanoTime();
        commands.sendAndWait(new RecordTraining(id, TrainingId.random(), training));
        return millisSince(start);
    }

    /** Reads the stream a load starts from (the snapshot if any, then the events after it) and every payload. */
    private double timeToRead(EmployeeId id) {
        long start = System.nanoTime();
        eventStore.readEvents(id.value()).asStream().forEach(DomainEventMessage::getPayload);
        return millisSince(start);
    }

    private static String summary(List<Double> millis) {
        var measured = millis.subList(WARM_UP, millis.size()).stream().sorted().toList();
        var perRun = millis.stream().map(ms -> String.format("%.1f", ms)).toList();
        return String.format(
                "median %.1f ms, max %.1f ms (per run ms %s)",
                measured.get(measured.size() / 2), measured.get(measured.size() - 1), perRun);
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }
}
