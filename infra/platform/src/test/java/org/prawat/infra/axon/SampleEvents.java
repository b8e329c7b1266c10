package org.prawat.infra.axon;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A deterministic sample of any event record: every field filled (Thai text, fixed dates, the
 * first enum constant, the first permitted kind of a sealed interface), so that a snapshot shows
 * every field's JSON shape.
 */
final class SampleEvents {

    private SampleEvents() {}

    static Object sample(Type type) throws Exception {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Object element = sample(generic.getActualTypeArguments()[0]);
            return Set.class.isAssignableFrom(raw) ? Set.of(element) : List.of(element);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "ตัวอย่าง";
        } else if (raw == LocalDate.class) {
            return LocalDate.of(2024, 10, 1);
        } else if (raw == Instant.class) {
            return Instant.parse("2024-10-01T02:00:00Z");
        } else if (raw == BigDecimal.class) {
            return new BigDecimal("12.50");
        } else if (raw == int.class || raw == Integer.class) {
            return 1;
        } else if (raw == long.class || raw == Long.class) {
            return 1L;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return true;
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        } else if (raw.getSimpleName().equals("FiscalYear")) {
            return raw.getConstructor(int.class).newInstance(2568); // B.E., validated
        } else if (raw.isRecord()) {
            return record(raw);
        } else if (raw.isSealed()) {
            return sample(raw.getPermittedSubclasses()[0]);
        }
        throw new IllegalArgumentException("No sample for " + type + ": teach SampleEvents about it");
    }

    private static Object record(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = sample(components[i].getGenericType());
        }
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return type.getDeclaredConstructor(types).newInstance(values);
    }
}
