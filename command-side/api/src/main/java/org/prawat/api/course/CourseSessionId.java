package org.prawat.api.course;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.TrainingId;

/** Identity of one session (รุ่น) of a course. */
public record CourseSessionId(@JsonValue String value) {

    @JsonCreator
    public CourseSessionId {
        Objects.requireNonNull(value, "value");
    }

    public static CourseSessionId random() {
        return new CourseSessionId(UUID.randomUUID().toString());
    }

    /**
     * The id of this session's training record in {@code attendee}'s case file. Derived, never
     * random, so that delivering the same attendance twice is refused by the case file as a repeat
     * ({@code TrainingAlreadyRecorded}) instead of recording the training twice. The length prefix
     * keeps any two (session, attendee) pairs apart whatever characters their ids contain.
     */
    public TrainingId trainingIdFor(EmployeeId attendee) {
        String name = "course-session:" + value.length() + ":" + value + ":" + attendee.value();
        return new TrainingId(
                UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
