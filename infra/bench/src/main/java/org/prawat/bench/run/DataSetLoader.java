package org.prawat.bench.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.employee.SeparateEmployee;
import org.prawat.bench.data.BenchData;
import org.prawat.bench.data.CaseFile;

/**
 * Loads a data set through the command bus: the organisation and courses first, then the case
 * files (a twentieth untimed, to warm up) in one phase per number of concurrent clients (each phase about an equal share of the
 * events; a client sends one case file's commands in order); the bulk attendance separately, once
 * the projections have caught up ({@link #attendance}).
 */
final class DataSetLoader {

    /** One phase: how many clients, how many events were appended (rows counted) in how long. */
    record Phase(int clients, long events, double seconds) {
        double eventsPerSecond() {
            return events / seconds;
        }
    }

    /** An employee still in service, to whom the projection lag adds trainings. */
    record Active(EmployeeId employeeId, LocalDate appointedOn) {}

    /** The longest RecordSessionAttendance: attendees, milliseconds, events appended. */
    record Attendance(int attendees, double millis, long events) {}

    record Loaded(List<Phase> phases, List<Active> active, long caseFiles) {}

    private static final int ACTIVE_KEPT = 5_000;
    /** One twentieth of the case files' events is sent before the timed phases. */
    private static final int WARM_UP_SHARE = 20;

    private final CommandSender sender;
    private final EventRows rows;

    DataSetLoader(CommandSender sender, EventRows rows) {
        this.sender = sender;
        this.rows = rows;
    }

    Loaded load(BenchData data, List<Integer> clients) throws Exception {
        data.organisation().forEach(sender::send);
        data.courses().forEach(sender::send);
        var files = new CaseFiles(data.caseFiles().iterator());
        // Counted, not taken from the size: the shares must add up to what the data set holds.
        long total = data.caseFiles().mapToLong(CaseFile::events).sum();
        // Untimed warm-up (JIT, connection pools, index caches): otherwise the first phase, one
        // client, would pay for a cold JVM and look slower than it is.
        long warmUp = total / WARM_UP_SHARE;
        phase(files, clients.stream().max(Integer::compare).orElse(1), warmUp);
        long share = (total - warmUp) / clients.size();
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            boolean last = i == clients.size() - 1;
            var phase = phase(files, clients.get(i), last ? Long.MAX_VALUE : share);
            if (phase.events() > 0) {
                phases.add(phase);
            }
        }
        // Managers name registered people, so they come after the case files (not timed).
        data.unitManagers().forEach(sender::send);
        return new Loaded(phases, files.active(), files.taken);
    }

    private Phase phase(CaseFiles files, int clients, long events) throws Exception {
        files.budget(events);
        long before = rows.count();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (CaseFile file = files.next(); file != null; file = files.next()) {
                        file.commands().forEach(sender::send);
                    }
                }));
            }
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Phase(clients, rows.count() - before, seconds);
    }

    /**
     * Sends every bulk attendance; keeps the timing of the one with the most attendees. Its case
     * files are cold: the load has gone through every case file since, more than the cache holds.
     */
    Attendance attendance(BenchData data) {
        Attendance longest = new Attendance(0, Double.NaN, 0);
        for (Iterator<Object> it = data.attendance().iterator(); it.hasNext(); ) {
            Object command = it.next();
            long before = rows.count();
            long start = System.nanoTime();
            boolean accepted = sender.send(command);
            double millis = (System.nanoTime() - start) / 1e6;
            int attendees =
                    command instanceof RecordSessionAttendance a ? a.attendees().size() : 0;
            if (accepted && attendees > longest.attendees()) {
                longest = new Attendance(attendees, millis, rows.count() - before);
            }
        }
        return longest;
    }

    /** The case files, handed to the clients one at a time within each phase's share of events. */
    private static final class CaseFiles {
        private final Iterator<CaseFile> source;
        private final List<Active> active = Collections.synchronizedList(new ArrayList<>());
        private long remaining;
        private long taken;

        CaseFiles(Iterator<CaseFile> source) {
            this.source = source;
        }

        synchronized void budget(long events) {
            remaining = events;
        }

        synchronized CaseFile next() {
            if (remaining <= 0 || !source.hasNext()) {
                return null;
            }
            CaseFile file = source.next();
            remaining -= file.events();
            taken++;
            remember(file);
            return file;
        }

        private void remember(CaseFile file) {
            boolean separated = file.commands().stream().anyMatch(SeparateEmployee.class::isInstance);
            if (!separated
                    && active.size() < ACTIVE_KEPT
                    && file.commands().get(0) instanceof RegisterEmployee registration) {
                active.add(new Active(file.employeeId(), registration.appointedOn()));
            }
        }

        List<Active> active() {
            return List.copyOf(active);
        }
    }
}
