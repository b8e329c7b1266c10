package org.prawat.ui.common;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date typed the way Thai offices write it: day/month/Buddhist-Era year, e.g. "15/03/2568" or
 * "๑๕/๓/๒๕๖๘" (Thai digits). Vaadin's DatePicker formats on the client, without the 543-year
 * offset, so the date is parsed here. A text that is not such a date leaves the value empty and
 * the field invalid with a message in the user's language.
 */
public class BuddhistDateField extends CustomField<LocalDate> {

    private static final Pattern DATE =
            Pattern.compile("\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})\\s*");
    /** C.E. year + 543; a year below this was almost certainly typed in C.E. */
    private static final int EARLIEST_BUDDHIST_YEAR = 2400;

    private final TextField text = new TextField();
    private boolean unreadable;

    public BuddhistDateField(String label) {
        setLabel(label);
        text.setPlaceholder(getTranslation("date.placeholder"));
        text.setHelperText(getTranslation("date.helper"));
        text.setWidthFull();
        text.addValueChangeListener(e -> {
            unreadable = !e.getValue().isBlank() && parse(e.getValue()).isEmpty();
            setInvalid(unreadable);
            setErrorMessage(unreadable ? getTranslation("date.unreadable") : null);
        });
        add(text);
    }

    /** Whether something was typed that is not a date. */
    public boolean isUnreadable() {
        return unreadable;
    }

    @Override
    protected LocalDate generateModelValue() {
        return parse(text.getValue()).orElse(null);
    }

    @Override
    protected void setPresentationValue(LocalDate date) {
        text.setValue(ThaiDates.typed(date));
    }

    /** The date in "d/M/yyyy" with a B.E. year (Thai or Arabic digits), if the text is one. */
    public static Optional<LocalDate> parse(String typed) {
        var matcher = DATE.matcher(ThaiDigits.toArabic(typed == null ? "" : typed));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(3));
        if (year < EARLIEST_BUDDHIST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    LocalDate.of(year - 543, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
