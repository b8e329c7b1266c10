package org.prawat.ui.forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.TimelineEntry;

/** Strikes a whole record out of the case file ({@link RetractRecord}), saying why and on what evidence. */
class RetractionForm extends FormDialog {

    private final EmployeeId employeeId;
    private final TimelineEntry entry;
    private final RecordKind kind;
    private final CorrectionRequestId requestId;
    private final CorrectionDetailsFields details = new CorrectionDetailsFields("retraction");

    RetractionForm(
            CommandGateway commands,
            EmployeeId employeeId,
            TimelineEntry entry,
            RecordKind kind,
            CorrectionRequestId requestId,
            Runnable onRecorded) {
        super("retraction-form", commands, onRecorded);
        this.employeeId = employeeId;
        this.entry = entry;
        this.kind = kind;
        this.requestId = requestId;
        setHeaderTitle(getTranslation("forms.retraction.form.title"));
        var what = new Paragraph(entry.title());
        what.addClassName("retracted-record");
        body(new Paragraph(getTranslation("forms.retraction.note")), what, details);
    }

    @Override
    protected Optional<Object> command() {
        return details.read().map(why -> new RetractRecord(employeeId, entry.entryId(), kind, why, requestId));
    }

    @Override
    protected String reason() {
        return details.reason.getValue();
    }

    @Override
    protected Map<String, HasValidation> fieldsByName() {
        return details.byName();
    }

    @Override
    protected Optional<HasValidation> fieldForRule(String code, String message) {
        return Optional.empty();
    }
}
