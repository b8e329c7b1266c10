package org.prawat.api.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identity of one training record in a case file. */
public record TrainingId(@JsonValue String value) {

    @JsonCreator
    public TrainingId {
        Objects.requireNonNull(value, "value");
    }

    public static TrainingId random() {
        return new TrainingId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
