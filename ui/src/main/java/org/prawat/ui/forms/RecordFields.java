package org.prawat.ui.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one kind of record, shared by the form that records it and the form that corrects
 * it: they read what was typed into the record's content, fill themselves from a timeline entry's
 * details, and name the field a server refusal concerns.
 */
interface RecordFields<T> {

    /** The fields, laid out. */
    Component layout();

    /** The content typed, or empty after marking every missing or unreadable field. */
    Optional<T> read();

    /** Shows what an entry says now ({@code details} by the query side's detail keys). */
    void fill(Map<String, String> details);

    /** The fields by the names of the command's properties, for refusals naming a property path. */
    Map<String, HasValidation> byName();

    /** The field a rule's code concerns (given the refusal's message to pick among several), if any. */
    default Optional<HasValidation> forRule(String code, String message) {
        return Optional.empty();
    }
}
