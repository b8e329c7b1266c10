package org.prawat.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.audit.BrokenLink;
import org.prawat.api.audit.ChainVerification;
import org.prawat.api.audit.VerifyCaseFile;
import org.prawat.api.audit.VerifyEventStore;
import org.prawat.api.employee.EmployeeId;
import org.prawat.ui.common.ThaiDates;
import org.prawat.ui.i18n.PrawatTranslations;

/**
 * Proves that the chosen case file (or the whole store) was not altered: recomputes its hash chain
 * on request and shows either how much was checked or the first broken link of each broken chain.
 */
class VerificationPanel extends VerticalLayout {

    private final QueryGateway queries;
    private final Button caseFile = new Button();
    private final Button store = new Button();
    private final Span outcome = new Span();
    private final Grid<BrokenLink> broken = new Grid<>();
    private EmployeeId employeeId;

    VerificationPanel(QueryGateway queries) {
        this.queries = queries;
        setPadding(false);
        caseFile.setId("verify-case-file");
        caseFile.setText(getTranslation("audit.verify.case-file"));
        caseFile.setEnabled(false);
        caseFile.addClickListener(e -> show(ask(new VerifyCaseFile(employeeId))));
        store.setId("verify-store");
        store.setText(getTranslation("audit.verify.store"));
        store.addClickListener(e -> show(ask(new VerifyEventStore())));
        outcome.setId("verify-outcome");
        broken.setId("verify-broken-links");
        broken.addColumn(BrokenLink::aggregateId).setHeader(getTranslation("audit.verify.case-file-id"));
        broken.addColumn(BrokenLink::sequenceNumber).setHeader(getTranslation("audit.stream.sequence"));
        broken.addColumn(BrokenLink::eventType).setHeader(getTranslation("audit.stream.type"));
        broken.addColumn(link ->
                        link.businessDate() == null ? "" : ThaiDates.shortDate(link.businessDate(), getLocale()))
                .setHeader(getTranslation("audit.stream.business-date"));
        broken.addColumn(link -> link.recordedAt() == null ? "" : ThaiDates.dateTime(link.recordedAt(), getLocale()))
                .setHeader(getTranslation("audit.stream.recorded-at"));
        broken.addColumn(link -> PrawatTranslations.isThai(getLocale())
                        ? link.what().thai()
                        : link.what().english())
                .setHeader(getTranslation("audit.verify.what"))
                .setFlexGrow(3);
        broken.setAllRowsVisible(true);
        broken.setVisible(false);
        add(new HorizontalLayout(caseFile, store), outcome, broken);
    }

    void show(EmployeeId employeeId) {
        this.employeeId = employeeId;
        caseFile.setEnabled(employeeId != null);
        outcome.setText("");
        broken.setVisible(false);
    }

    private ChainVerification ask(Object query) {
        return queries.query(query, ResponseTypes.instanceOf(ChainVerification.class))
                .join();
    }

    private void show(ChainVerification verification) {
        long millis = verification.took().toMillis();
        outcome.setText(
                verification.intact()
                        ? getTranslation(
                                "audit.verify.intact",
                                verification.eventsChecked(),
                                verification.chainsChecked(),
                                millis)
                        : getTranslation(
                                "audit.verify.broken",
                                verification.brokenLinks().size(),
                                verification.eventsChecked(),
                                millis));
        outcome.getElement().setAttribute("theme", verification.intact() ? "badge success" : "badge error");
        broken.setItems(verification.brokenLinks());
        broken.setVisible(!verification.intact());
    }
}
