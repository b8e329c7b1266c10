package org.prawat.ui.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.TimelineEntry;

/** What the current user may do with one entry of a case file: correct, retract, ask for a correction. */
public final class EntryActions {

    private EntryActions() {}

    /** The actions offered on {@code entry} to the signed-in user; an empty component when none. */
    public static Component forEntry(
            CommandGateway commands,
            QueryGateway queries,
            EmployeeId employeeId,
            TimelineEntry entry,
            Runnable onRecorded) {
        return new Span();
    }

    /**
     * Opens the correction form of {@code entry} filled with what it says now; when {@code requestId}
     * is given, recording the correction approves that owner's request.
     */
    public static void openCorrection(
            CommandGateway commands,
            QueryGateway queries,
            EmployeeId employeeId,
            TimelineEntry entry,
            CorrectionRequestId requestId,
            Runnable onRecorded) {}
}
