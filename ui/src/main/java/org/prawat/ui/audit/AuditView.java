package org.prawat.ui.audit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.employee.EmployeeHit;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeSearchResult;
import org.prawat.api.employee.SearchEmployees;
import org.prawat.api.security.Role;
import org.prawat.query.rebuild.ProjectionRebuild;
import org.prawat.ui.layout.MainLayout;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.session.Roles;

/**
 * Where an auditor starts: choose a case file, then read its stored events or see it as it stood
 * at a moment; below, rebuild the read side and watch it progress.
 */
@RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR})
@Route(value = "audit/:employeeId?", layout = MainLayout.class)
public class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final QueryGateway queries;
    private final ComboBox<EmployeeHit> caseFile = new ComboBox<>();
    private final EventStreamPanel stream;
    private final AsAtPanel asAt;
    private final VerificationPanel verification;

    public AuditView(QueryGateway queries, ProjectionRebuild rebuild) {
        this.queries = queries;
        this.stream = new EventStreamPanel(queries);
        this.asAt = new AsAtPanel(queries);
        this.verification = new VerificationPanel(queries);
        addClassName("audit-view");
        setSizeFull();

        caseFile.setId("audit-case-file");
        caseFile.setLabel(getTranslation("audit.case-file"));
        caseFile.setPlaceholder(getTranslation("audit.case-file.placeholder"));
        caseFile.setItemLabelGenerator(hit -> hit.fullName() + " · " + hit.position() + " · " + hit.unitName());
        caseFile.setItems(
                query -> employees(query.getFilter().orElse(""), query.getPage(), query.getPageSize()).stream());
        caseFile.setWidth("40em");
        caseFile.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                getUI().ifPresent(ui -> ui.getPage()
                        .getHistory()
                        .replaceState(null, "audit/" + e.getValue().employeeId().value()));
            }
            if (e.getValue() != null) {
                show(e.getValue().employeeId());
            }
        });

        var tabs = new TabSheet();
        tabs.setId("audit-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("audit.tab.stream"), stream).setId("audit-tab-stream");
        tabs.add(getTranslation("audit.tab.as-at"), asAt).setId("audit-tab-as-at");
        tabs.add(getTranslation("audit.tab.verify"), verification).setId("audit-tab-verify");

        // Not a tab: a running rebuild stays in sight (and polled) whichever case file is read.
        var rebuildHeading = new H3(getTranslation("audit.tab.rebuild"));
        add(new H2(getTranslation("audit.title")));
        // An administrator comes here to rebuild the read side; reading case files is the auditor's.
        if (CurrentUser.get().is(Role.AUDITOR)) {
            add(caseFile, tabs);
        }
        add(rebuildHeading, new RebuildPanel(queries, rebuild));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("employeeId").map(EmployeeId::new).ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    /** Shows the case file of {@code employeeId} in every tab. */
    void show(EmployeeId employeeId) {
        stream.show(employeeId);
        asAt.show(employeeId);
        verification.show(employeeId);
    }

    private List<EmployeeHit> employees(String text, int page, int size) {
        return queries.query(
                        new SearchEmployees(text, page, size, CurrentUser.get().scope()),
                        ResponseTypes.instanceOf(EmployeeSearchResult.class))
                .join()
                .hits();
    }
}
