package org.prawat.ui.forms;

import static org.prawat.ui.forms.Inputs.dateOf;
import static org.prawat.ui.forms.Inputs.integerOf;
import static org.prawat.ui.forms.Inputs.numberOf;
import static org.prawat.ui.forms.Inputs.textOf;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prawat.api.evaluation.EvaluationBands;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.EvaluationLimits;
import org.prawat.api.evaluation.EvaluationRound;
import org.prawat.api.evaluation.EvaluationWeights;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.ui.common.BuddhistDateField;
import org.prawat.ui.i18n.PrawatTranslations;

/**
 * What an evaluation says, with its total and level shown as the scores are typed, graded exactly
 * as the server grades it ({@link EvaluationWeights#totalOf}, {@link EvaluationBands#levelOf}).
 */
class EvaluationFields extends FormLayout implements RecordFields<EvaluationInput> {

    final IntegerField fiscalYear =
            Inputs.integer("evaluation-fiscal-year", getTranslation("forms.evaluation.fiscal-year"));
    final Select<Integer> round = Inputs.choice(
            "evaluation-round",
            getTranslation("forms.evaluation.round"),
            List.of(EvaluationRound.FIRST, EvaluationRound.SECOND),
            String::valueOf);
    final BigDecimalField achievementScore =
            Inputs.number("evaluation-achievement-score", getTranslation("forms.evaluation.achievement-score"));
    final IntegerField achievementWeight =
            Inputs.integer("evaluation-achievement-weight", getTranslation("forms.evaluation.achievement-weight"));
    final BigDecimalField competencyScore =
            Inputs.number("evaluation-competency-score", getTranslation("forms.evaluation.competency-score"));
    final IntegerField competencyWeight =
            Inputs.integer("evaluation-competency-weight", getTranslation("forms.evaluation.competency-weight"));
    final TextField evaluatorName = Inputs.text(
            "evaluation-evaluator", getTranslation("forms.evaluation.evaluator"), EvaluationLimits.NAME_MAX);
    final BuddhistDateField evaluatedOn = Inputs.date("evaluation-date", getTranslation("forms.evaluation.date"));
    final TextArea comments = Inputs.area(
            "evaluation-comments", getTranslation("forms.evaluation.comments"), EvaluationLimits.COMMENTS_MAX);
    final Span level = new Span();

    /** Null while recording (the bands in force on the evaluation date); a correction keeps the first bands. */
    private EvaluationBands fixedBands;

    EvaluationFields() {
        var today = Inputs.today();
        var current = EvaluationRound.containing(today);
        fiscalYear.setValue(current.fiscalYear().value());
        fiscalYear.setHelperText(getTranslation("forms.evaluation.fiscal-year.helper"));
        round.setValue(current.number());
        achievementWeight.setValue(EvaluationWeights.DEFAULT.achievement());
        competencyWeight.setValue(EvaluationWeights.DEFAULT.competency());
        level.setId("evaluation-level");
        level.addClassName("live-level");
        for (var score : List.of(achievementScore, competencyScore)) {
            score.setValueChangeMode(ValueChangeMode.EAGER);
            score.addValueChangeListener(e -> showLevel());
        }
        for (var weight : List.of(achievementWeight, competencyWeight)) {
            weight.setValueChangeMode(ValueChangeMode.EAGER);
            weight.addValueChangeListener(e -> showLevel());
        }
        evaluatedOn.addValueChangeListener(e -> showLevel());
        add(fiscalYear, round, achievementScore, achievementWeight, competencyScore, competencyWeight);
        add(evaluatorName, evaluatedOn, comments, level);
        setColspan(comments, 2);
        setColspan(level, 2);
        showLevel();
    }

    @Override
    public Component layout() {
        return this;
    }

    /** The level as the server would give it to the scores typed; empty until they can be graded. */
    Optional<EvaluationLevel> liveLevel() {
        return total().map(total -> bands().levelOf(total));
    }

    private Optional<BigDecimal> total() {
        if (achievementScore.getValue() == null
                || competencyScore.getValue() == null
                || achievementWeight.getValue() == null
                || competencyWeight.getValue() == null) {
            return Optional.empty();
        }
        var weights = new EvaluationWeights(achievementWeight.getValue(), competencyWeight.getValue());
        if (!weights.isValid() || !inRange(achievementScore.getValue()) || !inRange(competencyScore.getValue())) {
            return Optional.empty();
        }
        return Optional.of(weights.totalOf(achievementScore.getValue(), competencyScore.getValue()));
    }

    private EvaluationBands bands() {
        if (fixedBands != null) {
            return fixedBands;
        }
        return EvaluationBands.inForceOn(evaluatedOn.getValue() != null ? evaluatedOn.getValue() : Inputs.today());
    }

    private void showLevel() {
        var total = total();
        if (total.isEmpty()) {
            level.setText(getTranslation("forms.evaluation.level.pending"));
            return;
        }
        var graded = bands().levelOf(total.get());
        boolean thai = PrawatTranslations.isThai(getLocale());
        level.setText(getTranslation(
                "forms.evaluation.level.live", total.get().toPlainString(), thai ? graded.thai() : graded.english()));
    }

    private static boolean inRange(BigDecimal score) {
        return score.compareTo(BigDecimal.valueOf(EvaluationLimits.SCORE_MIN)) >= 0
                && score.compareTo(BigDecimal.valueOf(EvaluationLimits.SCORE_MAX)) <= 0;
    }

    @Override
    public Optional<EvaluationInput> read() {
        var checks = new FieldChecks()
                .required(fiscalYear)
                .required(round)
                .required(achievementScore)
                .required(achievementWeight)
                .required(competencyScore)
                .required(competencyWeight)
                .required(evaluatorName)
                .required(evaluatedOn);
        if (checks.complete()) {
            checks.check(
                    fiscalYear,
                    fiscalYear.getValue() < FiscalYear.EARLIEST || fiscalYear.getValue() > FiscalYear.LATEST,
                    getTranslation("forms.evaluation.fiscal-year.buddhist"));
        }
        if (!checks.complete()) {
            return Optional.empty();
        }
        return Optional.of(new EvaluationInput(
                new FiscalYear(fiscalYear.getValue()),
                round.getValue(),
                achievementScore.getValue(),
                achievementWeight.getValue(),
                competencyScore.getValue(),
                competencyWeight.getValue(),
                evaluatorName.getValue().strip(),
                evaluatedOn.getValue(),
                comments.getValue().strip()));
    }

    /** Fills the fields from an evaluation entry; its round stays as recorded and so do its bands. */
    @Override
    public void fill(Map<String, String> details) {
        fixedBands =
                details.containsKey("bandsVersion") ? EvaluationBands.ofVersion(details.get("bandsVersion")) : null;
        fiscalYear.setValue(integerOf(details, "fiscalYear"));
        round.setValue(integerOf(details, "round"));
        fiscalYear.setReadOnly(true);
        round.setReadOnly(true);
        achievementScore.setValue(numberOf(details, "achievementScore"));
        achievementWeight.setValue(integerOf(details, "achievementWeight"));
        competencyScore.setValue(numberOf(details, "competencyScore"));
        competencyWeight.setValue(integerOf(details, "competencyWeight"));
        evaluatorName.setValue(textOf(details, "evaluatorName"));
        evaluatedOn.setValue(dateOf(details, "evaluatedOn"));
        comments.setValue(textOf(details, "comments"));
        showLevel();
    }

    @Override
    public Map<String, HasValidation> byName() {
        return Map.of(
                "fiscalYear", fiscalYear,
                "round", round,
                "achievementScore", achievementScore,
                "achievementWeight", achievementWeight,
                "competencyScore", competencyScore,
                "competencyWeight", competencyWeight,
                "evaluatorName", evaluatorName,
                "evaluatedOn", evaluatedOn,
                "comments", comments);
    }

    @Override
    public Optional<HasValidation> forRule(String code, String message) {
        return switch (code == null ? "" : code) {
            case "evaluation.score-range" -> Optional.of(
                    message.contains(plain(competencyScore.getValue())) ? competencyScore : achievementScore);
            case "evaluation.weights" -> Optional.of(achievementWeight);
            case "evaluation.round-taken" -> Optional.of(round);
            case "evaluation.round-not-started", "date.future", "date.buddhist-era" -> Optional.of(evaluatedOn);
            default -> Optional.empty();
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "\u0000" : "(" + value.toPlainString() + ")";
    }
}
