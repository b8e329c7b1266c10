package org.prawat.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.EntryCorrection;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.FindCaseHistoryAsAt;
import org.prawat.api.history.FindCaseHistoryAsOf;
import org.prawat.api.history.TimelineEntry;
import org.prawat.ui.common.BuddhistDateField;
import org.prawat.ui.common.ThaiDates;
import org.prawat.ui.session.CurrentUser;

/**
 * The case file as it stood at a moment (only what had been recorded by then) or as it was in
 * effect on a business date (as known now). Without a time the moment is the end of the day in
 * Bangkok, so everything recorded that day counts.
 */
class AsAtPanel extends VerticalLayout {

    enum View {
        AS_AT,
        AS_OF
    }

    private final QueryGateway queries;
    private final BuddhistDateField date = new BuddhistDateField("");
    private final TimePicker time = new TimePicker();
    private final RadioButtonGroup<View> view = new RadioButtonGroup<>();
    private final Div entries = new Div();
    private EmployeeId employeeId;

    AsAtPanel(QueryGateway queries) {
        this.queries = queries;
        setPadding(false);
        setWidthFull();

        date.setId("as-at-date");
        date.setLabel(getTranslation("audit.as-at.date"));
        time.setId("as-at-time");
        time.setLabel(getTranslation("audit.as-at.time"));
        time.setStep(Duration.ofSeconds(1));
        time.setLocale(getLocale());
        view.setId("as-at-view");
        view.setItems(View.values());
        view.setItemLabelGenerator(v -> v == View.AS_AT
                ? getTranslation("audit.as-at.recorded-by-then")
                : getTranslation("audit.as-at.in-effect-then"));
        view.setValue(View.AS_AT);
        var showButton = new Button(getTranslation("audit.as-at.show"), e -> showEntries());
        showButton.setId("as-at-show");
        var form = new HorizontalLayout(date, time, view, showButton);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        entries.setId("as-at-entries");
        entries.addClassName("audit-as-at");
        add(form, entries);
    }

    void show(EmployeeId employeeId) {
        this.employeeId = employeeId;
        entries.removeAll();
    }

    private void showEntries() {
        entries.removeAll();
        if (employeeId == null || date.getValue() == null) {
            date.setInvalid(date.getValue() == null);
            date.setErrorMessage(getTranslation("audit.as-at.date.required"));
            return;
        }
        var scope = CurrentUser.get().scope();
        Object query = view.getValue() == View.AS_OF
                ? new FindCaseHistoryAsOf(employeeId, date.getValue(), scope)
                : new FindCaseHistoryAsAt(
                        employeeId,
                        date.getValue()
                                .atTime(Optional.ofNullable(time.getValue()).orElse(LocalTime.MAX))
                                .atZone(ThaiDates.BANGKOK)
                                .toInstant(),
                        scope);
        var history = queries.query(query, ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join();
        if (history.isEmpty() || history.get().entries().isEmpty()) {
            entries.add(new Paragraph(getTranslation("audit.as-at.nothing")));
            return;
        }
        history.get().entries().forEach(entry -> entries.add(entry(entry)));
    }

    private Div entry(TimelineEntry entry) {
        var row = new Div();
        row.addClassName("timeline-entry");
        row.getElement().setAttribute("data-entry-id", entry.entryId());
        row.getElement().setAttribute("data-kind", entry.kind().name());
        // Every kind's key is checked by TranslationsTest.keys_made_from_enums_are_translated.
        String kindKey = "kind." + entry.kind().name();
        var kind = new Span(getTranslation(kindKey));
        kind.addClassName("entry-kind");
        var when = new Span(ThaiDates.longDate(entry.businessDate(), getLocale()));
        when.addClassName("entry-date");
        var title = new Span(entry.title());
        title.addClassName("entry-title");
        var status = new Span(status(entry));
        status.addClassName("entry-status");
        row.add(kind, when, title, status);
        for (EntryCorrection correction : entry.corrections()) {
            if (correction.previousTitle() != null) {
                var previous = new Span(correction.previousTitle());
                previous.addClassName("entry-previous");
                row.add(previous);
            }
        }
        if (entry.status() == EntryStatus.RETRACTED) {
            row.addClassName("retracted");
        }
        return row;
    }

    private String status(TimelineEntry entry) {
        return switch (entry.status()) {
            case ACTIVE -> getTranslation("audit.status.active");
            case CORRECTED -> getTranslation("audit.status.corrected");
            case RETRACTED -> getTranslation("audit.status.retracted");
        };
    }
}
