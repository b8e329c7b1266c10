package org.prawat.ui.forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RequestCorrection;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.TimelineEntry;
import org.prawat.ui.common.BuddhistDateField;

/** The record owner asks HR to correct one record of their own case file ({@link RequestCorrection}). */
class CorrectionRequestForm extends FormDialog {

    /** As {@code RequestCorrection}'s size limits. */
    private static final int DESCRIPTION_MAX = 2_000;

    private static final int EVIDENCE_MAX = 300;

    private final EmployeeId employeeId;
    private final TimelineEntry entry;
    private final RecordKind kind;
    private final TextArea description;
    private final TextField evidenceReference;
    private final BuddhistDateField requestedOn;

    CorrectionRequestForm(
            CommandGateway commands, EmployeeId employeeId, TimelineEntry entry, RecordKind kind, Runnable onRecorded) {
        super("correction-request-form", commands, onRecorded);
        this.employeeId = employeeId;
        this.entry = entry;
        this.kind = kind;
        setHeaderTitle(getTranslation("forms.request.form.title"));
        description = Inputs.area("request-description", getTranslation("forms.request.description"), DESCRIPTION_MAX);
        evidenceReference = Inputs.text("request-evidence", getTranslation("forms.request.evidence"), EVIDENCE_MAX);
        requestedOn = Inputs.date("request-date", getTranslation("forms.request.date"));
        requestedOn.setValue(Inputs.today());
        var what = new Paragraph(entry.title());
        what.addClassName("requested-record");
        var fields = new FormLayout(description, evidenceReference, requestedOn);
        fields.setColspan(description, 2);
        body(new Paragraph(getTranslation("forms.request.note")), what, fields);
    }

    @Override
    protected Optional<Object> command() {
        var checks = new FieldChecks()
                .required(description)
                .required(evidenceReference)
                .required(requestedOn);
        if (!checks.complete()) {
            return Optional.empty();
        }
        return Optional.of(new RequestCorrection(
                employeeId,
                CorrectionRequestId.random(),
                entry.entryId(),
                kind,
                description.getValue().strip(),
                evidenceReference.getValue().strip(),
                requestedOn.getValue()));
    }

    @Override
    protected Map<String, HasValidation> fieldsByName() {
        return Map.of("description", description, "evidenceReference", evidenceReference, "requestedOn", requestedOn);
    }

    @Override
    protected Optional<HasValidation> fieldForRule(String code, String message) {
        return switch (code == null ? "" : code) {
            case "date.future", "date.buddhist-era" -> Optional.of(requestedOn);
            default -> Optional.empty();
        };
    }
}
