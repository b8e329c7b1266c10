package org.prawat.ui.forms;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.history.CaseHistory;

/** Records a commendation of any of the six kinds in a case file, by its grant command. */
class CommendationForm extends FormDialog {

    private final CommendationFields fields;

    CommendationForm(CommandGateway commands, CaseHistory caseFile, Runnable onRecorded) {
        super("commendation-form", commands, onRecorded);
        setHeaderTitle(getTranslation("forms.commendation.form.title"));
        fields = new CommendationFields(caseFile.employeeId(), CommendationId.random(), caseFile.entries());
        body(fields);
    }

    @Override
    protected Optional<Object> command() {
        return fields.read().map(grant -> grant);
    }

    @Override
    protected Map<String, HasValidation> fieldsByName() {
        return fields.byName();
    }

    @Override
    protected Optional<HasValidation> fieldForRule(String code, String message) {
        return fields.forRule(code, message);
    }
}
