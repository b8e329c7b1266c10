package org.prawat.query.timeline;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds an entry's details: its fields by name, as text, leaving out the ones not given. */
final class Details {

    private final Map<String, String> fields = new LinkedHashMap<>();

    static Details of() {
        return new Details();
    }

    static Details from(Map<String, String> existing) {
        var details = new Details();
        details.fields.putAll(existing);
        return details;
    }

    Details put(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            fields.put(name, value instanceof BigDecimal number ? number.toPlainString() : value.toString());
        }
        return this;
    }

    Map<String, String> build() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The given parts, blanks left out, one space apart: the Thai text a search will look in. */
    static String text(Object... parts) {
        return Stream.of(parts)
                .filter(part -> part != null && !part.toString().isBlank())
                .map(Object::toString)
                .collect(Collectors.joining(" "));
    }
}
