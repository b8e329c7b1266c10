package org.prawat.ui.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import org.prawat.ui.common.BuddhistDateField;

/**
 * Convenience checks of a form before it sends anything: a field left empty, or a date that cannot
 * be read, is marked with a message in the user's language beside it. The rules themselves stay on
 * the server; these only save a round trip.
 */
final class FieldChecks {

    private boolean complete = true;

    /** Marks {@code field} when it holds nothing (or only blanks); clears an earlier mark otherwise. */
    <F extends Component & HasValue<?, ?> & HasValidation & HasLabel> FieldChecks required(F field) {
        Object value = field.getValue();
        boolean empty = value == null || value instanceof String text && text.isBlank();
        if (field instanceof BuddhistDateField date && date.isUnreadable()) {
            field.setErrorMessage(field.getTranslation("date.unreadable"));
            field.setInvalid(true);
            complete = false;
        } else if (empty) {
            field.setErrorMessage(field.getTranslation("forms.required", field.getLabel()));
            field.setInvalid(true);
            complete = false;
        } else {
            clear(field);
        }
        return this;
    }

    /** Marks a date field holding text that is not a date; an optional date may be empty. */
    FieldChecks readable(BuddhistDateField field) {
        if (field.isUnreadable()) {
            field.setErrorMessage(field.getTranslation("date.unreadable"));
            field.setInvalid(true);
            complete = false;
        } else {
            clear(field);
        }
        return this;
    }

    /** Marks {@code field} with {@code message} when {@code broken}. */
    FieldChecks check(HasValidation field, boolean broken, String message) {
        if (broken) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            complete = false;
        }
        return this;
    }

    boolean complete() {
        return complete;
    }

    private static void clear(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}
