package org.prawat.api.course;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identity of a course in the catalogue. */
public record CourseId(@JsonValue String value) {

    @JsonCreator
    public CourseId {
        Objects.requireNonNull(value, "value");
    }

    public static CourseId random() {
        return new CourseId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
