package org.prawat.ui.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.security.Role;
import org.prawat.ui.session.CurrentUser;

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
        var actions = new Span();
        actions.addClassName("entry-actions");
        var kind = recordKindOf(entry.kind());
        var user = CurrentUser.get();
        if (kind.isEmpty() || entry.status() == EntryStatus.RETRACTED) {
            return actions;
        }
        if (user.is(Role.HR_OFFICER)) {
            actions.add(button(
                    "entry-correct",
                    actions.getTranslation("forms.actions.correct"),
                    () -> openCorrection(commands, queries, employeeId, entry, null, onRecorded)));
            actions.add(
                    button("entry-retract", actions.getTranslation("forms.actions.retract"), () -> new RetractionForm(
                                    commands, employeeId, entry, kind.get(), null, onRecorded)
                            .open()));
        } else if (user.is(Role.EMPLOYEE) && employeeId.equals(user.self())) {
            actions.add(button(
                    "entry-request-correction",
                    actions.getTranslation("forms.actions.request-correction"),
                    () -> new CorrectionRequestForm(commands, employeeId, entry, kind.get(), onRecorded).open()));
        }
        return actions;
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
            Runnable onRecorded) {
        if (recordKindOf(entry.kind()).isEmpty()) {
            throw new IllegalArgumentException("A " + entry.kind() + " entry cannot be corrected");
        }
        new CorrectionForm(commands, queries, employeeId, entry, requestId, onRecorded).open();
    }

    /** The kind of record a correction names for an entry; empty for entries that are not corrected this way. */
    static Optional<RecordKind> recordKindOf(TimelineEntryKind kind) {
        return switch (kind) {
            case TRAINING -> Optional.of(RecordKind.TRAINING);
            case EVALUATION -> Optional.of(RecordKind.EVALUATION);
            case CERTIFICATE_OF_HONOUR,
                    SALARY_STEP_INCREASE,
                    BONUS,
                    OUTSTANDING_EMPLOYEE_AWARD,
                    LETTER_OF_PRAISE,
                    ROYAL_DECORATION -> Optional.of(RecordKind.COMMENDATION);
            default -> Optional.empty();
        };
    }

    /**
     * A plain HTML button, not Vaadin's web component: a long case file has hundreds of entries, each
     * with its actions, and every vaadin-button costs the browser far more to draw
     * (CaseFileRenderBenchmark). Styled like a small tertiary button in forms.css.
     */
    private static NativeButton button(String className, String caption, Runnable open) {
        var button = new NativeButton(caption, e -> open.run());
        button.addClassNames("entry-action", className);
        return button;
    }
}
