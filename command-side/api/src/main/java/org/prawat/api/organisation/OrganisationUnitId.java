package org.prawat.api.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identity of an organisation unit (ministry, province, organisation, division or section). */
public record OrganisationUnitId(@JsonValue String value) {

    @JsonCreator
    public OrganisationUnitId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationUnitId random() {
        return new OrganisationUnitId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
