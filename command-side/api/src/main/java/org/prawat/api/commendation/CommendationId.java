package org.prawat.api.commendation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identity of one commendation in a case file, whatever its kind; named by later corrections. */
public record CommendationId(@JsonValue String value) {

    @JsonCreator
    public CommendationId {
        Objects.requireNonNull(value, "value");
    }

    public static CommendationId random() {
        return new CommendationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
