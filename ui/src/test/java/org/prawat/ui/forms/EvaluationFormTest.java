package org.prawat.ui.forms;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.evaluation.EvaluationAlreadyRecordedForRound;
import org.prawat.api.evaluation.EvaluationRound;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.evaluation.ScoreOutOfRange;
import org.prawat.ui.common.BuddhistDateField;
import org.prawat.ui.views.FakeCommands;
import org.prawat.ui.views.ViewTest;

class EvaluationFormTest extends ViewTest {

    private final FakeCommands commands = new FakeCommands();

    @BeforeEach
    void aManagerOpensTheForm() {
        signIn(FormsTestData.MANAGER);
        new EvaluationForm(commands.gateway(), FormsTestData.SOMSRI, () -> {}).open();
    }

    private static void score(String id, String value) {
        _setValue(_get(BigDecimalField.class, spec -> spec.withId(id)), value == null ? null : new BigDecimal(value));
    }

    private static String level() {
        return _get(Span.class, spec -> spec.withId("evaluation-level")).getText();
    }

    @SuppressWarnings("unchecked")
    private static void fillIn() {
        _setValue(_get(IntegerField.class, spec -> spec.withId("evaluation-fiscal-year")), 2568);
        _setValue(_get(Select.class, spec -> spec.withId("evaluation-round")), 2);
        score("evaluation-achievement-score", "92");
        score("evaluation-competency-score", "85");
        _setValue(_get(TextField.class, spec -> spec.withId("evaluation-evaluator")), "นายสมชาย รักงาน");
        _setValue(_get(BuddhistDateField.class, spec -> spec.withId("evaluation-date")), LocalDate.of(2025, 9, 25));
    }

    private static void submit() {
        _click(_get(Button.class, spec -> spec.withId("evaluation-form-submit")));
    }

    @Test
    void the_level_follows_the_scores_as_they_are_typed() {
        assertThat(level()).isEqualTo("ระดับผลการประเมินจะแสดงเมื่อกรอกคะแนนและน้ำหนักครบถ้วน");
        score("evaluation-achievement-score", "92");
        score("evaluation-competency-score", "85");
        assertThat(level()).isEqualTo("คะแนนรวม 89.90 · ระดับผลการประเมิน: ดีมาก");

        score("evaluation-competency-score", "87");
        assertThat(level()).isEqualTo("คะแนนรวม 90.50 · ระดับผลการประเมิน: ดีเด่น");

        _setValue(_get(IntegerField.class, spec -> spec.withId("evaluation-achievement-weight")), 50);
        _setValue(_get(IntegerField.class, spec -> spec.withId("evaluation-competency-weight")), 50);
        assertThat(level()).isEqualTo("คะแนนรวม 89.50 · ระดับผลการประเมิน: ดีมาก");
    }

    @Test
    void a_score_out_of_range_shows_no_level() {
        score("evaluation-achievement-score", "120");
        score("evaluation-competency-score", "85");
        assertThat(level()).isEqualTo("ระดับผลการประเมินจะแสดงเมื่อกรอกคะแนนและน้ำหนักครบถ้วน");
    }

    @Test
    void a_complete_form_records_the_evaluation_with_the_default_weights() {
        fillIn();
        submit();

        var sent = commands.sent(RecordEvaluation.class);
        assertThat(sent).hasSize(1);
        var evaluation = sent.get(0);
        assertThat(evaluation.fiscalYear()).isEqualTo(new FiscalYear(2568));
        assertThat(evaluation.round()).isEqualTo(2);
        assertThat(evaluation.achievementScore()).isEqualByComparingTo("92");
        assertThat(evaluation.achievementWeight()).isEqualTo(70);
        assertThat(evaluation.competencyWeight()).isEqualTo(30);
        assertThat(evaluation.evaluatorName()).isEqualTo("นายสมชาย รักงาน");
        assertThat(commands.sent().get(0).getMetaData().get(MetaDataKeys.ISSUED_BY))
                .isEqualTo("somchai.manager");
    }

    @Test
    void a_missing_evaluator_is_shown_beside_it_and_nothing_is_sent() {
        fillIn();
        _setValue(_get(TextField.class, spec -> spec.withId("evaluation-evaluator")), "");
        submit();

        var evaluator = _get(TextField.class, spec -> spec.withId("evaluation-evaluator"));
        assertThat(evaluator.getErrorMessage()).isEqualTo("กรุณาระบุชื่อผู้ประเมิน");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void a_common_era_fiscal_year_is_refused_before_sending() {
        fillIn();
        _setValue(_get(IntegerField.class, spec -> spec.withId("evaluation-fiscal-year")), 2025);
        submit();

        assertThat(_get(IntegerField.class, spec -> spec.withId("evaluation-fiscal-year"))
                        .getErrorMessage())
                .isEqualTo("ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void a_round_already_evaluated_is_shown_beside_the_round_and_the_form_stays_open() {
        fillIn();
        commands.refuseWith(new EvaluationAlreadyRecordedForRound(new EvaluationRound(new FiscalYear(2568), 2)));
        submit();

        var round = _get(Select.class, spec -> spec.withId("evaluation-round"));
        assertThat(round.isInvalid()).isTrue();
        assertThat(round.getErrorMessage()).startsWith("มีผลการประเมินรอบที่ 2/2568 อยู่แล้ว");
        assertThat(_get(Dialog.class, spec -> spec.withId("evaluation-form")).isOpened())
                .isTrue();
    }

    @Test
    void a_score_refused_by_the_server_is_shown_beside_that_score() {
        fillIn();
        commands.refuseWith(new ScoreOutOfRange("คะแนนสมรรถนะ", "The competency score", new BigDecimal("85")));
        submit();

        assertThat(_get(BigDecimalField.class, spec -> spec.withId("evaluation-competency-score"))
                        .getErrorMessage())
                .isEqualTo("คะแนนสมรรถนะ (85) ต้องอยู่ระหว่าง 0 ถึง 100");
    }
}
