package org.prawat.ui.casefile;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.employee.EmployeeId;
import org.prawat.ui.layout.MainLayout;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.session.Roles;

/** An employee's case file, opened from search, the register or a team timeline. */
@RolesAllowed({Roles.HR_OFFICER, Roles.MANAGER, Roles.AUDITOR, Roles.EMPLOYEE})
@Route(value = "employees/:employeeId", layout = MainLayout.class)
public class CaseFileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private CaseFile caseFile;

    public CaseFileView(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.inSession().isPresent()) {
            event.getRouteParameters().get("employeeId").map(EmployeeId::new).ifPresent(this::open);
        }
    }

    /** Shows the case file of {@code employeeId}, or says there is none the user may see. */
    public CaseFile open(EmployeeId employeeId) {
        removeAll();
        caseFile = new CaseFile(commands, queries, employeeId, CaseFile.todayInThailand());
        add(caseFile);
        return caseFile;
    }

    @Override
    public String getPageTitle() {
        return caseFile == null
                ? getTranslation("casefile.title")
                : caseFile.shown()
                        .map(history -> getTranslation("casefile.title.of", history.employeeName()))
                        .orElse(getTranslation("casefile.title"));
    }
}
