package org.prawat.ui.rest.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.ScheduleCourseSession;

/** Body of {@code POST /api/courses/{courseId}/sessions}; without {@code sessionId} the server chooses one. */
record ScheduleCourseSessionRequest(
        CourseSessionId sessionId,
        int sessionNumber,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal hours,
        List<String> trainers,
        String venue) {

    ScheduleCourseSession toCommand(CourseId courseId, CourseSessionId id) {
        return new ScheduleCourseSession(
                courseId, id, sessionNumber, startDate, endDate, hours, trainers == null ? List.of() : trainers, venue);
    }
}
