package org.prawat.api.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Session {@code sessionNumber} of the course was scheduled; its business time is its dates. */
@Revision("1")
public record CourseSessionScheduled(
        CourseId courseId,
        CourseSessionId sessionId,
        int sessionNumber,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal hours,
        List<String> trainers,
        String venue) {}
