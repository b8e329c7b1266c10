package org.prawat.api.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identity of one three-year development plan in a case file. */
public record DevelopmentPlanId(@JsonValue String value) {

    @JsonCreator
    public DevelopmentPlanId {
        Objects.requireNonNull(value, "value");
    }

    public static DevelopmentPlanId random() {
        return new DevelopmentPlanId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
