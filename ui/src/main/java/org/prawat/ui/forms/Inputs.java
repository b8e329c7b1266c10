package org.prawat.ui.forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.prawat.ui.common.BuddhistDateField;
import org.prawat.ui.common.ThaiDates;

/** The inputs the forms are made of, each with its id and (already translated) label. */
final class Inputs {

    private Inputs() {}

    static TextField text(String id, String label, int maxLength) {
        var field = new TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setWidthFull();
        return field;
    }

    static TextArea area(String id, String label, int maxLength) {
        var field = new TextArea(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setWidthFull();
        return field;
    }

    static BigDecimalField number(String id, String label) {
        var field = new BigDecimalField(label);
        field.setId(id);
        return field;
    }

    static IntegerField integer(String id, String label) {
        var field = new IntegerField(label);
        field.setId(id);
        return field;
    }

    static BuddhistDateField date(String id, String label) {
        var field = new BuddhistDateField(label);
        field.setId(id);
        return field;
    }

    static <T> Select<T> choice(String id, String label, List<T> items, Function<T, String> caption) {
        var field = new Select<T>();
        field.setId(id);
        field.setLabel(label);
        field.setItems(items);
        field.setItemLabelGenerator(item -> item == null ? "" : caption.apply(item));
        field.setWidthFull();
        return field;
    }

    /** The bundle key of an enum value's name: {@code prefix} followed by the value's name. */
    static String key(String prefix, Enum<?> value) {
        return prefix + value.name();
    }

    /** Today in Thailand, where every business date of a case file falls. */
    static LocalDate today() {
        return LocalDate.now(ThaiDates.BANGKOK);
    }

    /** A text without surrounding blanks; null when nothing was typed. */
    static String optional(TextField field) {
        return field.getValue().isBlank() ? null : field.getValue().strip();
    }

    /** The detail {@code key} as a date, number or text; null when the entry has none. */
    static LocalDate dateOf(Map<String, String> details, String key) {
        return Optional.ofNullable(details.get(key)).map(LocalDate::parse).orElse(null);
    }

    static BigDecimal numberOf(Map<String, String> details, String key) {
        return Optional.ofNullable(details.get(key)).map(BigDecimal::new).orElse(null);
    }

    static Integer integerOf(Map<String, String> details, String key) {
        return Optional.ofNullable(details.get(key)).map(Integer::valueOf).orElse(null);
    }

    static String textOf(Map<String, String> details, String key) {
        return details.getOrDefault(key, "");
    }

    static <E extends Enum<E>> E enumOf(Map<String, String> details, String key, Class<E> type) {
        return Optional.ofNullable(details.get(key))
                .map(name -> Enum.valueOf(type, name))
                .orElse(null);
    }

    /**
     * Of the date fields a date rule may concern, the one whose date the refusal names (rules name
     * the date they refused); the first when none matches.
     */
    static Optional<HasValidation> dateNamedIn(String message, BuddhistDateField... candidates) {
        for (var field : candidates) {
            LocalDate value = field.getValue();
            if (value != null
                    && (message.contains(value.toString()) || message.contains(Integer.toString(value.getYear())))) {
                return Optional.of(field);
            }
        }
        return candidates.length == 0 ? Optional.empty() : Optional.of(candidates[0]);
    }
}
