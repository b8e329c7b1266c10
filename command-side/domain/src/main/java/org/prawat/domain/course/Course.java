package org.prawat.domain.course;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.prawat.api.course.AttendanceAlreadyRecorded;
import org.prawat.api.course.CourseCreated;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionAlreadyScheduled;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CourseSessionScheduled;
import org.prawat.api.course.CreateCourse;
import org.prawat.api.course.DuplicateAttendees;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.course.ScheduleCourseSession;
import org.prawat.api.course.SessionAttendanceRecorded;
import org.prawat.api.course.SessionNotYetEnded;
import org.prawat.api.course.SessionNumberTaken;
import org.prawat.api.course.UnknownCourseSession;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingEndsBeforeStart;
import org.prawat.api.training.TrainingKind;
import org.prawat.domain.BusinessDates;
import org.prawat.domain.training.TrainingRules;

/**
 * A course in the catalogue (หลักสูตร) with its numbered sessions (รุ่น). Its rules on dates and
 * hours are those of a case file's training record, so that attendance it accepts is accepted by
 * every attendee's case file; {@link SessionAttendance} carries the attendance there.
 */
@Aggregate
public class Course {

    @AggregateIdentifier
    private CourseId courseId;

    private String title;
    private String provider;
    private TrainingKind kind;
    private DevelopmentArea area;
    private final Map<CourseSessionId, ScheduledSession> sessions = new HashMap<>();
    private final Set<Integer> sessionNumbers = new HashSet<>();

    @CommandHandler
    public Course(CreateCourse command) {
        String description =
                command.description() == null || command.description().isBlank()
                        ? null
                        : command.description().strip();
        apply(new CourseCreated(
                command.courseId(),
                command.title().strip(),
                command.provider().strip(),
                command.kind(),
                command.area(),
                description));
    }

    protected Course() {
        // for Axon, which rebuilds the course from its events
    }

    @CommandHandler
    void handle(ScheduleCourseSession command) {
        if (sessions.containsKey(command.sessionId())) {
            throw new CourseSessionAlreadyScheduled(command.sessionId());
        }
        if (sessionNumbers.contains(command.sessionNumber())) {
            throw new SessionNumberTaken(command.sessionNumber());
        }
        BusinessDates.requireCommonEra(command.startDate(), "วันที่เริ่มอบรม", "The session start date");
        BusinessDates.requireCommonEra(command.endDate(), "วันที่สิ้นสุดการอบรม", "The session end date");
        if (command.endDate().isBefore(command.startDate())) {
            throw new TrainingEndsBeforeStart(command.startDate(), command.endDate());
        }
        TrainingRules.requirePlausibleHours(command.hours(), command.startDate(), command.endDate());
        apply(new CourseSessionScheduled(
                courseId,
                command.sessionId(),
                command.sessionNumber(),
                command.startDate(),
                command.endDate(),
                command.hours(),
                command.trainers().stream().map(String::strip).toList(),
                command.venue() == null || command.venue().isBlank()
                        ? null
                        : command.venue().strip()));
    }

    @CommandHandler
    void handle(RecordSessionAttendance command, Clock clock) {
        ScheduledSession session = sessions.get(command.sessionId());
        if (session == null) {
            throw new UnknownCourseSession(command.sessionId());
        }
        LocalDate today = LocalDate.now(clock);
        if (session.endDate().isAfter(today)) {
            throw new SessionNotYetEnded(command.sessionId(), session.endDate());
        }
        List<EmployeeId> attendees = command.attendees();
        Set<EmployeeId> repeated = new LinkedHashSet<>();
        Set<EmployeeId> seen = new HashSet<>();
        attendees.stream().filter(a -> !seen.add(a)).forEach(repeated::add);
        if (!repeated.isEmpty()) {
            throw new DuplicateAttendees(repeated);
        }
        List<EmployeeId> recordedBefore =
                attendees.stream().filter(session.recordedAttendees()::contains).toList();
        if (!recordedBefore.isEmpty()) {
            throw new AttendanceAlreadyRecorded(command.sessionId(), recordedBefore);
        }
        apply(new SessionAttendanceRecorded(
                courseId,
                command.sessionId(),
                List.copyOf(attendees),
                command.outcome(),
                today,
                trainingAt(session, command)));
    }

    private Training trainingAt(ScheduledSession session, RecordSessionAttendance command) {
        return new Training(
                kind,
                title,
                provider,
                session.trainers(),
                session.startDate(),
                session.endDate(),
                session.hours(),
                area,
                command.outcome(),
                null,
                null,
                null);
    }

    @EventSourcingHandler
    void on(CourseCreated event) {
        courseId = event.courseId();
        title = event.title();
        provider = event.provider();
        kind = event.kind();
        area = event.area();
    }

    @EventSourcingHandler
    void on(CourseSessionScheduled event) {
        sessions.put(
                event.sessionId(),
                new ScheduledSession(event.startDate(), event.endDate(), event.hours(), event.trainers()));
        sessionNumbers.add(event.sessionNumber());
    }

    @EventSourcingHandler
    void on(SessionAttendanceRecorded event) {
        ScheduledSession session = sessions.get(event.sessionId());
        if (session != null) {
            session.recordedAttendees().addAll(event.attendees());
        }
    }
}
