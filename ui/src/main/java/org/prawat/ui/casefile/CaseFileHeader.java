package org.prawat.ui.casefile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.Optional;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.ui.common.ThaiDates;

/**
 * Who the case file is about: name, masked national ID, position and level, unit, and years of
 * service counted from the appointment (the registration entry), with the actions of the case file.
 */
class CaseFileHeader extends Div {

    CaseFileHeader(CaseHistory history, String unitName, LocalDate today, Component actions) {
        setId("case-file-header");
        addClassName("case-file-header");
        var name = new H2(history.employeeName() == null ? "" : history.employeeName());
        name.setId("case-file-name");
        add(name);
        add(field("case-file-national-id", getTranslation("casefile.header.national-id"), history.nationalIdMasked()));
        add(field(
                "case-file-position",
                getTranslation("casefile.header.position"),
                join(history.position(), history.positionLevel())));
        add(field("case-file-unit", getTranslation("casefile.header.unit"), unitName));
        appointedOn(history)
                .ifPresent(appointed -> add(field(
                        "case-file-service",
                        getTranslation("casefile.header.service"),
                        getTranslation(
                                "casefile.header.service.years",
                                Period.between(appointed, today).getYears(),
                                ThaiDates.longDate(appointed, getLocale())))));
        add(actions);
    }

    /** The first appointment that stands; null when the registration was never seen. */
    static Optional<LocalDate> appointedOn(CaseHistory history) {
        return history.entries().stream()
                .filter(e -> e.kind() == TimelineEntryKind.REGISTRATION && e.status() != EntryStatus.RETRACTED)
                .map(TimelineEntry::businessDate)
                .min(Comparator.naturalOrder());
    }

    private static Div field(String id, String label, String value) {
        var labelSpan = new Span(label);
        labelSpan.addClassName("case-file-label");
        var valueSpan = new Span(value == null ? "–" : value);
        valueSpan.setId(id);
        var field = new Div(labelSpan, valueSpan);
        field.addClassName("case-file-field");
        return field;
    }

    private static String join(String position, String level) {
        if (position == null) {
            return level;
        }
        return level == null ? position : position + " " + level;
    }
}
