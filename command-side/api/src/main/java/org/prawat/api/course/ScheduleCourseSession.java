package org.prawat.api.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.text.PlainText;

/** Schedules session number {@code sessionNumber} (รุ่นที่) of a course; {@code venue} may be empty. */
public record ScheduleCourseSession(
        @TargetAggregateIdentifier @NotNull CourseId courseId,
        @NotNull CourseSessionId sessionId,
        @Positive(message = "รุ่นที่ต้องมากกว่า 0 / The session number must be positive") int sessionNumber,
        @NotNull(message = "กรุณาระบุวันที่เริ่ม / The start date is required") LocalDate startDate,
        @NotNull(message = "กรุณาระบุวันที่สิ้นสุด / The end date is required") LocalDate endDate,
        @NotNull(message = "กรุณาระบุจำนวนชั่วโมง / The hours are required") BigDecimal hours,
        @NotNull List<@PlainText @NotBlank @Size(max = CourseLimits.TRAINER_MAX) String> trainers,
        @Size(max = CourseLimits.VENUE_MAX) @PlainText String venue) {}
