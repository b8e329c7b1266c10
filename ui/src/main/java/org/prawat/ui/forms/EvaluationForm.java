package org.prawat.ui.forms;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.RecordEvaluation;

/** Records one round's evaluation in a case file ({@link RecordEvaluation}), its level shown as it is typed. */
class EvaluationForm extends FormDialog {

    private final EmployeeId employeeId;
    private final EvaluationFields fields = new EvaluationFields();

    EvaluationForm(CommandGateway commands, EmployeeId employeeId, Runnable onRecorded) {
        super("evaluation-form", commands, onRecorded);
        setHeaderTitle(getTranslation("forms.evaluation.form.title"));
        this.employeeId = employeeId;
        body(fields);
    }

    @Override
    protected Optional<Object> command() {
        return fields.read()
                .map(e -> new RecordEvaluation(
                        employeeId,
                        EvaluationId.random(),
                        e.fiscalYear(),
                        e.round(),
                        e.achievementScore(),
                        e.achievementWeight(),
                        e.competencyScore(),
                        e.competencyWeight(),
                        e.evaluatorName(),
                        e.evaluatedOn(),
                        e.comments()));
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
