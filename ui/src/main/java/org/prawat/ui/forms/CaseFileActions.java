package org.prawat.ui.forms;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.history.CaseHistory;

/**
 * The buttons above a case file that open the forms recording something new in it (training,
 * evaluation, commendation, transfer), offered to the roles that record; {@code onRecorded} runs
 * after a form's command was accepted, so the case file can show it.
 */
public class CaseFileActions extends HorizontalLayout {

    public CaseFileActions(CommandGateway commands, QueryGateway queries, CaseHistory caseFile, Runnable onRecorded) {
        setId("case-file-actions");
    }
}
