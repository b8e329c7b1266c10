package org.prawat.query.knowledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.prawat.api.course.CourseSessionScheduled;

/** One session (รุ่น) of a course as its knowledge document keeps it, for display only. */
record CourseSession(
        String sessionId,
        int sessionNumber,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal hours,
        List<String> trainers,
        String venue) {

    static CourseSession of(CourseSessionScheduled event) {
        return new CourseSession(
                event.sessionId().value(),
                event.sessionNumber(),
                event.startDate(),
                event.endDate(),
                event.hours(),
                List.copyOf(event.trainers()),
                event.venue());
    }
}
