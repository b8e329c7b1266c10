package org.prawat.domain.course;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.prawat.api.RuleViolation;
import org.prawat.api.course.AttendeeCannotBeRecorded;
import org.prawat.api.course.SessionAttendanceRecorded;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.UnknownEmployee;
import org.prawat.api.training.RecordTraining;
import org.prawat.domain.employee.CaseFilesAhead;
import org.springframework.stereotype.Component;

/**
 * Puts a session's training into every attendee's case file, or into none.
 *
 * <p>All or none holds because the processing group is subscribing ({@link SessionAttendanceProcessing}):
 * Axon hands the event to it while the unit of work of {@code RecordSessionAttendance} prepares its
 * commit, in the same thread and inside that command's transaction. Each {@code sendAndWait} below
 * then runs as a nested unit of work: its Spring transaction joins the outer one (REQUIRED), and its
 * events go to the outer unit of work, which stores them after this handler returns and before the
 * transaction commits. A nested refusal rolls back nothing by itself (Axon's SpringTransactionManager
 * only ends transactions it began); the exception thrown here rolls back the outer unit of work and
 * with it the course's {@code SessionAttendanceRecorded} and every attendee's {@code TrainingRecorded}.
 * This needs the local command bus (Axon Server is disabled): a distributed one would leave the thread.
 */
@Component
@ProcessingGroup(SessionAttendance.PROCESSING_GROUP)
public class SessionAttendance {

    public static final String PROCESSING_GROUP = "session-attendance";

    private final CommandGateway commandGateway;
    private final CaseFilesAhead caseFilesAhead;

    SessionAttendance(CommandGateway commandGateway, CaseFilesAhead caseFilesAhead) {
        this.commandGateway = commandGateway;
        this.caseFilesAhead = caseFilesAhead;
    }

    /**
     * Asks every attendee's case file even after one refuses, so that the refusal names all who
     * could not be recorded, not only the first; the transaction is rolled back either way.
     * Attendees go in id order so that two sessions sharing attendees lock case files in the same
     * order and cannot deadlock each other. Case files not in memory are loaded from the last
     * attendee backwards on a second thread meanwhile ({@link CaseFilesAhead}).
     */
    @EventHandler
    void on(SessionAttendanceRecorded event) {
        Map<EmployeeId, RuleViolation> refusals = new LinkedHashMap<>();
        List<EmployeeId> inOrder = event.attendees().stream()
                .sorted(Comparator.comparing(EmployeeId::value))
                .toList();
        try (var ahead = caseFilesAhead.loadFromTheEnd(inOrder)) {
            for (EmployeeId attendee : inOrder) {
                RuleViolation refusal = record(event, attendee);
                if (refusal != null) {
                    refusals.put(attendee, refusal);
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw new AttendeeCannotBeRecorded(event.sessionId(), refusals);
        }
    }

    /** The case file's refusal, or null when the training was recorded. */
    private RuleViolation record(SessionAttendanceRecorded event, EmployeeId attendee) {
        try {
            commandGateway.sendAndWait(
                    new RecordTraining(attendee, event.sessionId().trainingIdFor(attendee), event.training()));
            return null;
        } catch (AggregateNotFoundException noCaseFile) {
            return new UnknownEmployee(attendee);
        } catch (RuleViolation refused) {
            return refused;
        }
    }
}
