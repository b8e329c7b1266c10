package org.prawat.ui.forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H4;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.commendation.CommendationGrant;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.correction.CorrectCommendation;
import org.prawat.api.correction.CorrectEvaluation;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.ui.session.CurrentUser;

/**
 * Corrects a training, an evaluation or a commendation: the record's own form filled with what the
 * entry says now, and why, on what evidence, approved by whom. With a {@code requestId} the
 * correction approves that owner's request.
 */
class CorrectionForm extends FormDialog {

    private final RecordFields<?> record;
    private final CorrectionDetailsFields details = new CorrectionDetailsFields("correction");
    private final BiFunction<Object, CorrectionDetails, Object> command;

    CorrectionForm(
            CommandGateway commands,
            QueryGateway queries,
            EmployeeId employeeId,
            TimelineEntry entry,
            CorrectionRequestId requestId,
            Runnable onRecorded) {
        super("correction-form", commands, onRecorded);
        setHeaderTitle(getTranslation("forms.correction.form.title"));
        getElement().setAttribute("data-entry-id", entry.entryId());
        String id = entry.entryId();
        if (entry.kind() == TimelineEntryKind.TRAINING) {
            record = new TrainingFields();
            command = (training, why) ->
                    new CorrectTraining(employeeId, new TrainingId(id), (Training) training, why, requestId);
        } else if (entry.kind() == TimelineEntryKind.EVALUATION) {
            record = new EvaluationFields();
            command = (input, why) ->
                    evaluation(employeeId, new EvaluationId(id), (EvaluationInput) input, why, requestId);
        } else {
            var fields = new CommendationFields(
                    employeeId, new CommendationId(id), evaluationsOf(queries, employeeId, entry));
            fields.lockKind(entry.kind());
            record = fields;
            command = (grant, why) -> new CorrectCommendation(
                    employeeId, new CommendationId(id), (CommendationGrant) grant, why, requestId);
        }
        record.fill(entry.details());
        body(record.layout(), new H4(getTranslation("forms.correction.details")), details);
    }

    private static List<TimelineEntry> evaluationsOf(QueryGateway queries, EmployeeId employeeId, TimelineEntry entry) {
        if (entry.kind() != TimelineEntryKind.SALARY_STEP_INCREASE) {
            return List.of();
        }
        return queries.query(
                        new FindCaseHistory(employeeId, CurrentUser.get().scope()),
                        ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join()
                .map(CaseHistory::entries)
                .orElse(List.of());
    }

    private static CorrectEvaluation evaluation(
            EmployeeId employeeId,
            EvaluationId evaluationId,
            EvaluationInput e,
            CorrectionDetails why,
            CorrectionRequestId requestId) {
        return new CorrectEvaluation(
                employeeId,
                evaluationId,
                e.achievementScore(),
                e.achievementWeight(),
                e.competencyScore(),
                e.competencyWeight(),
                e.evaluatorName(),
                e.evaluatedOn(),
                e.comments(),
                why,
                requestId);
    }

    @Override
    protected Optional<Object> command() {
        Optional<?> corrected = record.read();
        var why = details.read();
        if (corrected.isEmpty() || why.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(command.apply(corrected.get(), why.get()));
    }

    @Override
    protected String reason() {
        return details.reason.getValue();
    }

    @Override
    protected Map<String, HasValidation> fieldsByName() {
        var all = new HashMap<String, HasValidation>(record.byName());
        all.putAll(details.byName());
        return all;
    }

    @Override
    protected Optional<HasValidation> fieldForRule(String code, String message) {
        return record.forRule(code, message);
    }
}
