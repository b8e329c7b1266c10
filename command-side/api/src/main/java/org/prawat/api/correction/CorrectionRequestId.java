package org.prawat.api.correction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identity of one correction request in a case file, named by the decision on it. */
public record CorrectionRequestId(@JsonValue String value) {

    @JsonCreator
    public CorrectionRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static CorrectionRequestId random() {
        return new CorrectionRequestId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
