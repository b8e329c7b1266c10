package org.prawat.ui.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.audit.CaseFileEvent;
import org.prawat.api.audit.FindCaseFileEvents;
import org.prawat.api.employee.EmployeeId;
import org.prawat.ui.common.ThaiDates;
import org.prawat.ui.session.CurrentUser;

/** The stored events of one case file, oldest first; a row opens to its payload as stored. */
class EventStreamPanel extends VerticalLayout {

    private final QueryGateway queries;
    private final Grid<CaseFileEvent> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    EventStreamPanel(QueryGateway queries) {
        this.queries = queries;
        setPadding(false);
        setWidthFull();

        grid.setId("event-stream");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CaseFileEvent::sequenceNumber)
                .setHeader(getTranslation("audit.stream.sequence"))
                .setWidth("5em")
                .setFlexGrow(0);
        grid.addColumn(event -> event.eventType() + " r" + event.revision())
                .setHeader(getTranslation("audit.stream.type"))
                .setAutoWidth(true);
        grid.addColumn(event -> ThaiDates.shortDate(event.businessDate(), getLocale()))
                .setHeader(getTranslation("audit.stream.business-date"))
                .setAutoWidth(true);
        grid.addColumn(event -> ThaiDates.dateTime(event.recordedAt(), getLocale()))
                .setHeader(getTranslation("audit.stream.recorded-at"))
                .setAutoWidth(true);
        grid.addColumn(CaseFileEvent::issuedBy)
                .setHeader(getTranslation("audit.stream.issued-by"))
                .setAutoWidth(true);
        grid.addColumn(CaseFileEvent::reason)
                .setHeader(getTranslation("audit.stream.reason"))
                .setFlexGrow(1);
        // Payloads hold whatever users typed: shown as text, never as markup.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(event -> {
            var payload = new Pre();
            payload.addClassName("audit-payload");
            payload.setText(event.payloadJson());
            return payload;
        }));
        grid.setDetailsVisibleOnClick(true);
        grid.setAllRowsVisible(true);

        empty.setId("event-stream-empty");
        empty.setText(getTranslation("audit.stream.choose"));
        add(empty, grid);
    }

    void show(EmployeeId employeeId) {
        List<CaseFileEvent> events = queries.query(
                        new FindCaseFileEvents(employeeId, CurrentUser.get().scope()),
                        ResponseTypes.multipleInstancesOf(CaseFileEvent.class))
                .join();
        grid.setItems(events);
        empty.setText(events.isEmpty() ? getTranslation("audit.stream.none") : "");
        empty.setVisible(events.isEmpty());
    }
}
