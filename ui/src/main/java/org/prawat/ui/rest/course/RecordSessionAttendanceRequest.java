package org.prawat.ui.rest.course;

import java.util.List;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.TrainingOutcome;

/** Body of {@code POST /api/courses/{courseId}/sessions/{sessionId}/attendance}: up to 300 attendees at once. */
record RecordSessionAttendanceRequest(List<EmployeeId> attendees, TrainingOutcome outcome) {

    RecordSessionAttendance toCommand(CourseId courseId, CourseSessionId sessionId) {
        return new RecordSessionAttendance(courseId, sessionId, attendees, outcome);
    }
}
