package org.prawat.ui.casefile;

import java.time.Duration;
import org.prawat.api.employee.EmployeeId;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the event store's tables hold for one case file: its events and its snapshot. */
final class CaseFileStore {

    private CaseFileStore() {}

    static int eventsOf(JdbcTemplate jdbc, EmployeeId employeeId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class,
                employeeId.value());
    }

    /** How many events of the type with this simple name (say {@code TrainingCorrected}) the case file holds. */
    static int eventsOf(JdbcTemplate jdbc, EmployeeId employeeId, String eventType) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                Integer.class,
                employeeId.value(),
                "%." + eventType);
    }

    /** The sequence number of the case file's latest event. */
    static long lastSequenceNumber(JdbcTemplate jdbc, EmployeeId employeeId) {
        return jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class,
                employeeId.value());
    }

    /** The sequence number the latest snapshot stands at, or -1 without one. */
    static long snapshotAt(JdbcTemplate jdbc, EmployeeId employeeId) {
        return jdbc.queryForObject(
                "SELECT coalesce(max(sequence_number), -1) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Long.class,
                employeeId.value());
    }

    /**
     * Waits for a snapshot at or after {@code sequenceNumber} (0: any snapshot): snapshots are taken
     * on their own thread after the command that called for one has returned.
     */
    static long awaitSnapshot(JdbcTemplate jdbc, EmployeeId employeeId, long sequenceNumber, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long at = snapshotAt(jdbc, employeeId);
        while (at < sequenceNumber && System.nanoTime() < deadline) {
            Thread.sleep(20);
            at = snapshotAt(jdbc, employeeId);
        }
        if (at < sequenceNumber) {
            throw new AssertionError("No snapshot of case file " + employeeId + " at or after " + sequenceNumber
                    + " within " + timeout + "; latest at " + at);
        }
        return at;
    }

    /** Any snapshot of the case file, as if none had ever been taken. */
    static void deleteSnapshots(JdbcTemplate jdbc, EmployeeId employeeId) {
        jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", employeeId.value());
    }
}
