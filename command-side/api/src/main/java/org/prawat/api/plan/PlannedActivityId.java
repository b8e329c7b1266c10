package org.prawat.api.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identity of one planned activity within a development plan; named when a training is matched against it. */
public record PlannedActivityId(@JsonValue String value) {

    @JsonCreator
    public PlannedActivityId {
        Objects.requireNonNull(value, "value");
    }

    public static PlannedActivityId random() {
        return new PlannedActivityId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
