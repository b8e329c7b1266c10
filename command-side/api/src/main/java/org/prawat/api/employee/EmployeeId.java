package org.prawat.api.employee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identity of an employee's case file; never the national ID, which is personal data. */
public record EmployeeId(@JsonValue String value) {

    @JsonCreator
    public EmployeeId {
        Objects.requireNonNull(value, "value");
    }

    public static EmployeeId random() {
        return new EmployeeId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
