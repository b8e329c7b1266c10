package org.prawat.api.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identity of one knowledge item in the organisation's knowledge base. */
public record KnowledgeItemId(@JsonValue String value) {

    @JsonCreator
    public KnowledgeItemId {
        Objects.requireNonNull(value, "value");
    }

    public static KnowledgeItemId random() {
        return new KnowledgeItemId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
