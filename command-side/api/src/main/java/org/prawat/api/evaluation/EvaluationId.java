package org.prawat.api.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identity of one evaluation within an employee's case file, named by later reviews and corrections. */
public record EvaluationId(@JsonValue String value) {

    @JsonCreator
    public EvaluationId {
        Objects.requireNonNull(value, "value");
    }

    public static EvaluationId random() {
        return new EvaluationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
