package org.prawat.ui.casefile;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.ui.layout.MainLayout;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.session.Roles;

/** The record owner's own case file: the same view, where they may ask for a correction. */
@RolesAllowed(Roles.EMPLOYEE)
@Route(value = "my-case-file", layout = MainLayout.class)
public class MyCaseFileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public MyCaseFileView(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser.inSession().ifPresent(this::open);
    }

    /** Shows the case file of {@code user} themselves; someone with none sees that it was not found. */
    CaseFile open(CurrentUser user) {
        removeAll();
        var caseFile =
                user.self() == null ? null : new CaseFile(commands, queries, user.self(), CaseFile.todayInThailand());
        if (caseFile == null) {
            var missing = new com.vaadin.flow.component.html.Span(getTranslation("casefile.not-found"));
            missing.setId("case-file-missing");
            add(missing);
            return null;
        }
        add(caseFile);
        return caseFile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casefile.title.mine");
    }
}
