package org.prawat.api.course;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.TrainingOutcome;

/**
 * Records that {@code attendees} completed a session with {@code outcome}, and puts the training
 * into each attendee's case file: all of them or, if one case file refuses, none.
 */
public record RecordSessionAttendance(
        @TargetAggregateIdentifier @NotNull CourseId courseId,
        @NotNull CourseSessionId sessionId,
        @NotNull
                @Size(
                        min = 1,
                        max = CourseLimits.ATTENDEES_MAX,
                        message = "ผู้เข้าอบรมต้องมี 1 ถึง {max} คน / Between 1 and {max} attendees are required")
                List<@NotNull EmployeeId> attendees,
        @NotNull(message = "กรุณาระบุผลการอบรม / The outcome is required") TrainingOutcome outcome) {}
