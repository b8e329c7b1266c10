package org.prawat.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.audit.FindReadLog;
import org.prawat.api.audit.ReadKind;
import org.prawat.api.audit.ReadLogEntry;
import org.prawat.api.audit.ReadLogPage;
import org.prawat.api.employee.EmployeeId;
import org.prawat.ui.common.ThaiDates;
import org.prawat.ui.layout.MainLayout;

/** The read log for auditors: who opened, searched or exported what, newest first, filtered and paged. */
@Route(value = "audit/read-log", layout = MainLayout.class)
public class ReadLogView extends VerticalLayout implements HasDynamicTitle {

    /** Days are the Thai calendar day: a reader in Bangkok means Bangkok's midnight. */
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final QueryGateway queries;
    private final TextField employeeId = new TextField();
    private final TextField account = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<ReadLogEntry> entries = new Grid<>();

    public ReadLogView(QueryGateway queries) {
        this.queries = queries;
        addClassName("read-log-view");
        setSizeFull();
        employeeId.setId("read-log-employee");
        employeeId.setLabel(getTranslation("audit.read-log.employee-id"));
        account.setId("read-log-account");
        account.setLabel(getTranslation("audit.read-log.account"));
        from.setId("read-log-from");
        from.setLabel(getTranslation("audit.read-log.from"));
        to.setId("read-log-to");
        to.setLabel(getTranslation("audit.read-log.to"));
        var show = new Button(getTranslation("audit.read-log.show"), e -> entries.getDataProvider()
                .refreshAll());
        show.setId("read-log-show");
        var filters = new HorizontalLayout(employeeId, account, from, to, show);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        entries.setId("read-log-entries");
        entries.addColumn(entry -> ThaiDates.dateTime(entry.readAt(), getLocale()))
                .setHeader(getTranslation("audit.read-log.read-at"));
        entries.addColumn(ReadLogEntry::account).setHeader(getTranslation("audit.read-log.account"));
        entries.addColumn(ReadLogEntry::actingRole).setHeader(getTranslation("audit.read-log.role"));
        entries.addColumn(ReadLogEntry::channel).setHeader(getTranslation("audit.read-log.channel"));
        entries.addColumn(entry -> kindName(entry.kind())).setHeader(getTranslation("audit.read-log.kind"));
        // What was read is shown as plain text: search text is whatever a user typed.
        entries.addColumn(entry -> entry.employeeId() != null ? entry.employeeId() : entry.searchText())
                .setHeader(getTranslation("audit.read-log.what"))
                .setFlexGrow(3);
        entries.setItems(query -> page(query.getPage(), query.getPageSize()).entries().stream());
        add(new H2(getTranslation("audit.read-log.title")), filters, entries);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.read-log.title");
    }

    private String kindName(ReadKind kind) {
        return switch (kind) {
            case CASE_FILE -> getTranslation("audit.read-log.kind.case-file");
            case SEARCH -> getTranslation("audit.read-log.kind.search");
            case EXPORT -> getTranslation("audit.read-log.kind.export");
        };
    }

    private ReadLogPage page(int page, int size) {
        String id = employeeId.getValue().strip();
        var query = new FindReadLog(
                id.isEmpty() ? null : new EmployeeId(id),
                account.getValue().strip(),
                startOf(from.getValue()),
                startOf(to.getValue() == null ? null : to.getValue().plusDays(1)),
                page,
                size);
        return queries.query(query, ResponseTypes.instanceOf(ReadLogPage.class)).join();
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(BANGKOK).toInstant();
    }
}
