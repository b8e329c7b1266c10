package org.prawat.ui.requests;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.audit.OpenCorrectionRequest;
import org.prawat.api.correction.RejectCorrectionRequest;
import org.prawat.ui.common.Refusal;
import org.prawat.ui.session.CurrentUser;

/** Rejects an owner's correction request with the reason they will read; the signed-in HR officer rejects. */
class RejectRequestDialog extends Dialog {

    private final TextArea reason = new TextArea();

    RejectRequestDialog(CommandGateway commands, OpenCorrectionRequest request, Runnable onRejected) {
        setId("reject-request-form");
        setHeaderTitle(getTranslation("requests.reject.title"));
        reason.setId("reject-request-reason");
        reason.setLabel(getTranslation("requests.reject.reason"));
        reason.setMaxLength(2_000);
        reason.setRequired(true);
        reason.setWidthFull();
        add(new Paragraph(request.employeeName() + " · " + request.description()), reason);

        var submit = new Button(getTranslation("requests.reject.submit"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("requests.reject.reason.required"));
                return;
            }
            var user = CurrentUser.get();
            String why = reason.getValue().strip();
            try {
                commands.sendAndWait(user.issue(
                        new RejectCorrectionRequest(request.employeeId(), request.requestId(), why, user.account()),
                        why));
            } catch (RuntimeException refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(Refusal.of(refused, getLocale()).message());
                return;
            }
            close();
            onRejected.run();
        });
        submit.setId("reject-request-form-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("requests.reject.cancel"), e -> close());
        cancel.setId("reject-request-form-cancel");
        getFooter().add(cancel, submit);
    }
}
