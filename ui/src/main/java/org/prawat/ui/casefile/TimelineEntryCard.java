package org.prawat.ui.casefile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import org.prawat.api.history.EntryCorrection;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.TimelineEntry;
import org.prawat.ui.common.ThaiDates;
import org.prawat.ui.i18n.PrawatTranslations;

/**
 * One entry of the timeline: kind icon, B.E. date, title, the details that matter, and each
 * correction with what the entry said before struck through beside what it says now. Every piece
 * of recorded text is set as text, never as HTML.
 */
class TimelineEntryCard extends Div {

    private final TimelineEntry entry;

    TimelineEntryCard(TimelineEntry entry, Component actions) {
        this.entry = entry;
        addClassName("timeline-entry");
        getElement().setAttribute("data-entry-id", entry.entryId());
        getElement().setAttribute("data-kind", entry.kind().name());
        if (entry.status() == EntryStatus.RETRACTED) {
            addClassName("retracted");
        }
        var kind = new Span(getTranslation(KindIcons.nameKey(entry.kind())));
        kind.addClassName("entry-kind");
        var date = new Span(ThaiDates.longDate(entry.businessDate(), getLocale()));
        date.addClassName("entry-date");
        var heading = new Div(KindIcons.of(entry.kind()), date, kind, status());
        heading.addClassName("entry-heading");
        var title = new Div(new Span(entry.title()));
        title.addClassName("entry-title");
        add(heading, title);
        if (entry.evaluationLevel() != null) {
            var level = new Span(
                    PrawatTranslations.isThai(getLocale())
                            ? entry.evaluationLevel().thai()
                            : entry.evaluationLevel().english());
            level.addClassName("entry-level");
            add(level);
        }
        add(details());
        entry.corrections().forEach(correction -> add(correction(correction)));
        add(actions);
    }

    private Span status() {
        var status = new Span(
                switch (entry.status()) {
                    case ACTIVE -> "";
                    case CORRECTED -> getTranslation("casefile.entry.corrected");
                    case RETRACTED -> getTranslation("casefile.entry.retracted");
                });
        status.addClassName("entry-status");
        return status;
    }

    private Div details() {
        var details = new Div();
        details.addClassName("entry-details");
        var earlier = latestEarlierDetails();
        for (String name : EntryDetails.shown(entry.kind())) {
            String now = entry.details().get(name);
            String before = earlier.get(name);
            if (now == null && before == null) {
                continue;
            }
            var line = new Div(new Span(EntryDetails.label(this, name) + ": "));
            line.addClassName("entry-detail");
            if (before != null && !before.equals(now)) {
                line.add(previous(readable(before)));
            }
            line.add(new Span(readable(now)));
            details.add(line);
        }
        return details;
    }

    /** What the last correction replaced, so the earlier value stands beside the current one. */
    private Map<String, String> latestEarlierDetails() {
        return entry.corrections().stream()
                .filter(c -> !c.retraction() && c.previousDetails() != null)
                .reduce((first, second) -> second)
                .map(EntryCorrection::previousDetails)
                .orElse(Map.of());
    }

    private Div correction(EntryCorrection correction) {
        var box = new Div();
        box.addClassName(correction.retraction() ? "entry-retraction" : "entry-correction");
        if (!correction.retraction()
                && correction.previousTitle() != null
                && !Objects.equals(correction.previousTitle(), entry.title())) {
            box.add(new Div(
                    new Span(getTranslation("casefile.correction.previous-title") + ": "),
                    previous(correction.previousTitle())));
        }
        box.add(new Div(new Span((correction.retraction()
                        ? getTranslation("casefile.correction.retracted-because")
                        : getTranslation("casefile.correction.corrected-because"))
                + ": " + nonNull(correction.reason()))));
        var who = new Div(new Span(getTranslation(
                "casefile.correction.by",
                nonNull(correction.approvedBy()),
                ThaiDates.dateTime(correction.recordedAt(), getLocale()))));
        who.addClassName("entry-correction-by");
        box.add(who);
        if (correction.evidenceReference() != null
                && !correction.evidenceReference().isBlank()) {
            box.add(new Div(
                    new Span(getTranslation("casefile.correction.evidence") + ": " + correction.evidenceReference())));
        }
        return box;
    }

    private static Span previous(String text) {
        var span = new Span(text);
        span.addClassName("entry-previous");
        return span;
    }

    /** ISO dates in details read as B.E. dates; everything else as recorded. */
    private String readable(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() == 10 && value.charAt(4) == '-') {
            try {
                return ThaiDates.shortDate(LocalDate.parse(value), getLocale());
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        return value;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    TimelineEntry entry() {
        return entry;
    }
}
