package org.prawat.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The business date of a stored event: its first {@link LocalDate} field, searched depth first
 * through the record's components (and nested records') in declaration order, read from the stored
 * JSON. Every event names its own date first (a training's start, a transfer's effective date, a
 * request's date), so the rule needs no list per event type; an event naming no date has none.
 */
final class PayloadBusinessDate {

    private PayloadBusinessDate() {}

    static Optional<LocalDate> of(String payloadType, JsonNode payload) {
        try {
            return of(Class.forName(payloadType), payload);
        } catch (ClassNotFoundException noLongerAType) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> of(Class<?> type, JsonNode node) {
        if (!type.isRecord() || node == null || !node.isObject()) {
            return Optional.empty();
        }
        for (var component : type.getRecordComponents()) {
            JsonNode value = node.get(component.getName());
            if (component.getType() == LocalDate.class) {
                var date = parse(value);
                if (date.isPresent()) {
                    return date;
                }
            } else {
                var nested = of(component.getType(), value);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parse(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.asText()));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }
}
