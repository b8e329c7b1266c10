package org.prawat.ui.team;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.ui.common.ThaiDates;
import org.prawat.ui.i18n.PrawatTranslations;

/**
 * One row of the team timeline: the month's heading when the row opens a month, then the entry's
 * B.E. date, the employee (a link to their case file), kind, title and evaluation level. All text,
 * never HTML: names and titles are what users typed.
 */
final class TeamEntryCard extends Div {

    TeamEntryCard(TeamRow row, Locale locale) {
        var entry = row.entry();
        addClassName("team-row");
        if (row.startsMonth()) {
            var heading = new H3(ThaiDates.month(entry.businessDate(), locale));
            heading.addClassName("month-heading");
            add(heading);
        }
        var card = new Div();
        card.addClassName("timeline-entry");
        card.getElement().setAttribute("data-entry-id", entry.entryId());
        card.getElement().setAttribute("data-kind", entry.kind().name());
        if (entry.status() == EntryStatus.RETRACTED) {
            card.addClassName("retracted");
        }
        var employee = new Anchor("employees/" + entry.employeeId(), entry.employeeName());
        employee.addClassName("entry-employee");
        employee.getElement().setAttribute("router-link", true);
        card.add(
                text("entry-date", ThaiDates.shortDate(entry.businessDate(), locale)),
                employee,
                text("entry-kind", getTranslation(key(entry.kind()))),
                text("entry-title", entry.title()));
        if (entry.evaluationLevel() != null) {
            var level = entry.evaluationLevel();
            card.add(text("entry-level", PrawatTranslations.isThai(locale) ? level.thai() : level.english()));
        }
        add(card);
    }

    /** The shared bundle key of a kind's name (every kind is checked by TranslationsTest). */
    static String key(TimelineEntryKind kind) {
        return "kind." + kind.name();
    }

    private static Span text(String className, String text) {
        var span = new Span(text == null ? "" : text);
        span.addClassName(className);
        return span;
    }
}
