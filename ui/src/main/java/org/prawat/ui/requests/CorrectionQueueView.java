package org.prawat.ui.requests;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.audit.FindOpenCorrectionRequests;
import org.prawat.api.audit.OpenCorrectionRequest;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.ui.common.ThaiDates;
import org.prawat.ui.forms.EntryActions;
import org.prawat.ui.layout.MainLayout;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.session.Roles;

/**
 * HR's queue of open correction requests in their scope. Approving opens the correction form of the
 * record (recording it approves the request); rejecting asks for a reason. The queue is read again
 * until the decided request has left it (the projection is asynchronous).
 */
@RolesAllowed(Roles.HR_OFFICER)
@Route(value = "correction-requests", layout = MainLayout.class)
public class CorrectionQueueView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 500;
    static final int MAX_POLLS = 40;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Grid<OpenCorrectionRequest> grid = new Grid<>();
    private CorrectionRequestId leaving;
    private int pollsLeft;
    private Registration polling;

    public CorrectionQueueView(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
        setSizeFull();

        grid.setId("correction-requests");
        grid.addColumn(OpenCorrectionRequest::employeeName)
                .setHeader(getTranslation("requests.who"))
                .setAutoWidth(true);
        grid.addColumn(request -> recordKind(request) + " " + request.recordId())
                .setHeader(getTranslation("requests.record"))
                .setAutoWidth(true);
        grid.addColumn(OpenCorrectionRequest::description)
                .setHeader(getTranslation("requests.description"))
                .setFlexGrow(1);
        grid.addColumn(OpenCorrectionRequest::evidenceReference).setHeader(getTranslation("requests.evidence"));
        grid.addColumn(request -> ThaiDates.shortDate(request.requestedOn(), getLocale()))
                .setHeader(getTranslation("requests.requested-on"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(new H2(getTranslation("requests.title")), grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> poll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    void refresh() {
        grid.setItems(open());
    }

    private List<OpenCorrectionRequest> open() {
        return queries.query(
                        new FindOpenCorrectionRequests(CurrentUser.get().scope()),
                        ResponseTypes.multipleInstancesOf(OpenCorrectionRequest.class))
                .join();
    }

    private HorizontalLayout actions(OpenCorrectionRequest request) {
        var approve = new Button(getTranslation("requests.approve"), e -> approve(request));
        approve.addClassName("request-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var reject = new Button(
                getTranslation("requests.reject"),
                e -> new RejectRequestDialog(commands, request, () -> awaitLeaving(request.requestId())).open());
        reject.addClassName("request-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        var caseFile = new Anchor("employees/" + request.employeeId().value(), getTranslation("requests.case-file"));
        caseFile.addClassName("request-case-file");
        var actions = new HorizontalLayout(approve, reject, caseFile);
        // Which record the row is about, so the buttons of one request can be told apart.
        actions.getElement().setAttribute("data-record-id", request.recordId());
        return actions;
    }

    private void approve(OpenCorrectionRequest request) {
        var user = CurrentUser.get();
        queries.query(
                        new FindCaseHistory(request.employeeId(), user.scope()),
                        ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join()
                .flatMap(history -> history.entries().stream()
                        .filter(entry -> entry.entryId().equals(request.recordId()))
                        .findFirst())
                .ifPresent(entry -> EntryActions.openCorrection(
                        commands,
                        queries,
                        request.employeeId(),
                        entry,
                        request.requestId(),
                        () -> awaitLeaving(request.requestId())));
    }

    private void awaitLeaving(CorrectionRequestId requestId) {
        leaving = requestId;
        pollsLeft = MAX_POLLS;
        refresh();
        UI.getCurrent().setPollInterval(POLL_MILLIS);
    }

    private void poll() {
        if (leaving == null) {
            return;
        }
        var requests = open();
        grid.setItems(requests);
        boolean gone = requests.stream().noneMatch(r -> r.requestId().equals(leaving));
        if (gone || --pollsLeft <= 0) {
            leaving = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }

    private String recordKind(OpenCorrectionRequest request) {
        if (request.recordKind() == null) {
            return "";
        }
        return switch (request.recordKind()) {
            case TRAINING -> getTranslation("requests.kind.training");
            case EVALUATION -> getTranslation("requests.kind.evaluation");
            case COMMENDATION -> getTranslation("requests.kind.commendation");
        };
    }
}
