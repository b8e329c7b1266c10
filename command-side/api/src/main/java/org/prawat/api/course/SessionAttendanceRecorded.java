package org.prawat.api.course;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingOutcome;

/**
 * The attendees completed the session with {@code outcome}; recorded on {@code recordedOn}.
 * {@code training} is what each attendee's case file receives (the course and session as they
 * stood then, with the same outcome), so that the record does not depend on reading the course back.
 */
@Revision("1")
public record SessionAttendanceRecorded(
        CourseId courseId,
        CourseSessionId sessionId,
        List<EmployeeId> attendees,
        TrainingOutcome outcome,
        LocalDate recordedOn,
        Training training) {}
