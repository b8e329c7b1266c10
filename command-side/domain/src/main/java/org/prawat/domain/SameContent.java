package org.prawat.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether a correction would change anything. Two records say the same when every component does;
 * amounts and scores compare by value, because 85 and 85.00 are the same score to the person
 * reading the record, though not to {@link BigDecimal#equals}.
 */
public final class SameContent {

    private SameContent() {}

    public static boolean of(Object recorded, Object corrected) {
        if (recorded instanceof BigDecimal a && corrected instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (recorded instanceof Record a && corrected instanceof Record b) {
            return sameComponents(a, b);
        }
        return Objects.equals(recorded, corrected);
    }

    private static boolean sameComponents(Record recorded, Record corrected) {
        if (recorded.getClass() != corrected.getClass()) {
            return false;
        }
        for (RecordComponent component : recorded.getClass().getRecordComponents()) {
            if (!of(value(component, recorded), value(component, corrected))) {
                return false;
            }
        }
        return true;
    }

    private static Object value(RecordComponent component, Record source) {
        try {
            return component.getAccessor().invoke(source);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component + " of " + source.getClass(), e);
        }
    }
}
