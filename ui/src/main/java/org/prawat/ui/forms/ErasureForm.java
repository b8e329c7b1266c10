package org.prawat.ui.forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.pdpa.ErasePersonalData;
import org.prawat.api.pdpa.ErasureLimits;

/**
 * Erases the person's personal data on a lawful request ({@link ErasePersonalData}). Irreversible,
 * so the user must tick that they understand before the command is sent.
 */
class ErasureForm extends FormDialog {

    private final CaseHistory caseFile;
    private final TextField legalBasis;
    private final TextField requestReference;
    private final TextArea reason;
    private final Checkbox understood = new Checkbox();

    ErasureForm(CommandGateway commands, CaseHistory caseFile, Runnable onRecorded) {
        super("erasure-form", commands, onRecorded);
        this.caseFile = caseFile;
        setHeaderTitle(getTranslation("forms.erasure.form.title"));
        legalBasis = Inputs.text(
                "erasure-legal-basis", getTranslation("forms.erasure.legal-basis"), ErasureLimits.LEGAL_BASIS_MAX);
        requestReference = Inputs.text(
                "erasure-request-reference",
                getTranslation("forms.erasure.request-reference"),
                ErasureLimits.REFERENCE_MAX);
        reason = Inputs.area("erasure-reason", getTranslation("forms.erasure.reason"), ErasureLimits.REASON_MAX);
        understood.setId("erasure-understood");
        understood.setLabel(getTranslation("forms.erasure.understood"));
        var warning = new Paragraph(getTranslation("forms.erasure.warning"));
        warning.setId("erasure-warning");
        body(warning, new FormLayout(legalBasis, requestReference, reason), understood);
    }

    @Override
    protected Optional<Object> command() {
        var checks = new FieldChecks()
                .required(legalBasis)
                .required(requestReference)
                .required(reason);
        understood.setInvalid(!understood.getValue());
        if (!checks.complete() || !understood.getValue()) {
            return Optional.empty();
        }
        return Optional.of(new ErasePersonalData(
                caseFile.employeeId(),
                legalBasis.getValue().strip(),
                requestReference.getValue().strip(),
                reason.getValue().strip()));
    }

    @Override
    protected String reason() {
        return reason.getValue().strip();
    }

    @Override
    protected Map<String, HasValidation> fieldsByName() {
        return Map.of("legalBasis", legalBasis, "requestReference", requestReference, "reason", reason);
    }

    @Override
    protected Optional<HasValidation> fieldForRule(String code, String message) {
        return Optional.empty();
    }
}
