package org.prawat.ui.forms;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.security.Role;
import org.prawat.ui.session.CurrentUser;

/**
 * The buttons above a case file that open the forms recording something new in it (training,
 * evaluation, commendation, transfer), offered to the roles that record; {@code onRecorded} runs
 * after a form's command was accepted, so the case file can show it.
 */
public class CaseFileActions extends HorizontalLayout {

    public CaseFileActions(CommandGateway commands, QueryGateway queries, CaseHistory caseFile, Runnable onRecorded) {
        setId("case-file-actions");
        addClassName("case-file-actions");
        var employeeId = caseFile.employeeId();
        Role role = CurrentUser.get().role();
        if (role == Role.HR_OFFICER) {
            add(button(
                    "record-training",
                    getTranslation("forms.actions.record-training"),
                    VaadinIcon.ACADEMY_CAP,
                    () -> new TrainingForm(commands, employeeId, onRecorded)));
        }
        if (role == Role.HR_OFFICER || role == Role.MANAGER) {
            add(button(
                    "record-evaluation",
                    getTranslation("forms.actions.record-evaluation"),
                    VaadinIcon.CHART,
                    () -> new EvaluationForm(commands, employeeId, onRecorded)));
        }
        if (role == Role.HR_OFFICER) {
            add(button(
                    "record-commendation",
                    getTranslation("forms.actions.record-commendation"),
                    VaadinIcon.TROPHY,
                    () -> new CommendationForm(commands, caseFile, onRecorded)));
            add(button(
                    "record-transfer",
                    getTranslation("forms.actions.record-transfer"),
                    VaadinIcon.EXCHANGE,
                    () -> new TransferForm(commands, queries, caseFile, onRecorded)));
            // HR holds the personnel records and answers the owner's requests (domain.md), so HR
            // decides a lawful erasure; the administrator runs the system but does not judge requests.
            add(button(
                    "erase-personal-data",
                    getTranslation("forms.actions.erase-personal-data"),
                    VaadinIcon.ERASER,
                    () -> new ErasureForm(commands, caseFile, onRecorded)));
        }
    }

    private static Button button(String id, String caption, VaadinIcon icon, Supplier<Dialog> form) {
        var button = new Button(caption, icon.create(), e -> form.get().open());
        button.setId(id);
        return button;
    }
}
