package org.prawat.ui.forms;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.TrainingId;

/** Records a completed training in a case file ({@link RecordTraining}). */
class TrainingForm extends FormDialog {

    private final EmployeeId employeeId;
    private final TrainingFields fields = new TrainingFields();

    TrainingForm(CommandGateway commands, EmployeeId employeeId, Runnable onRecorded) {
        super("training-form", commands, onRecorded);
        setHeaderTitle(getTranslation("forms.training.form.title"));
        this.employeeId = employeeId;
        body(fields);
    }

    @Override
    protected Optional<Object> command() {
        return fields.read().map(training -> new RecordTraining(employeeId, TrainingId.random(), training));
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
