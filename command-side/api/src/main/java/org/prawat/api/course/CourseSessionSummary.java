package org.prawat.api.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One scheduled session of a course as a picker shows it: course, number (รุ่นที่), dates, hours, trainers and venue. */
public record CourseSessionSummary(
        CourseId courseId,
        String courseTitle,
        CourseSessionId sessionId,
        int sessionNumber,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal hours,
        List<String> trainers,
        String venue) {

    public CourseSessionSummary {
        trainers = trainers == null ? List.of() : List.copyOf(trainers);
    }
}
