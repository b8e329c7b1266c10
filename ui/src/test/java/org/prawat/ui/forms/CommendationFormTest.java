package org.prawat.ui.forms;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.commendation.BonusNotPositive;
import org.prawat.api.commendation.GrantBonus;
import org.prawat.api.commendation.GrantSalaryStepIncrease;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.ui.common.BuddhistDateField;
import org.prawat.ui.views.FakeCommands;
import org.prawat.ui.views.ViewTest;

class CommendationFormTest extends ViewTest {

    private final FakeCommands commands = new FakeCommands();

    @BeforeEach
    void hrOpensTheForm() {
        signIn(FormsTestData.HR);
        new CommendationForm(commands.gateway(), FormsTestData.CASE_FILE, () -> {}).open();
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static void date(String id, LocalDate date) {
        _setValue(_get(BuddhistDateField.class, spec -> spec.withId(id)), date);
    }

    private static void submit() {
        _click(_get(Button.class, spec -> spec.withId("commendation-form-submit")));
    }

    @Test
    void the_fields_switch_with_the_kind() {
        assertThat(_find(TextField.class, spec -> spec.withId("commendation-title")))
                .hasSize(1);
        assertThat(_find(BigDecimalField.class, spec -> spec.withId("commendation-amount")))
                .isEmpty();

        _setValue(select("commendation-kind"), TimelineEntryKind.BONUS);

        assertThat(_find(BigDecimalField.class, spec -> spec.withId("commendation-amount")))
                .hasSize(1);
        assertThat(_find(TextField.class, spec -> spec.withId("commendation-title")))
                .isEmpty();
    }

    @Test
    void a_bonus_is_granted_with_its_amount_year_and_order() {
        _setValue(select("commendation-kind"), TimelineEntryKind.BONUS);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("commendation-amount")), new BigDecimal("18500"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("commendation-fiscal-year")), 2568);
        _setValue(_get(TextField.class, spec -> spec.withId("commendation-order-number")), "อบต. 601/2568");
        date("commendation-awarded-on", LocalDate.of(2025, 11, 3));
        submit();

        var sent = commands.sent(GrantBonus.class).get(0);
        assertThat(sent.amount()).isEqualByComparingTo("18500");
        assertThat(sent.fiscalYear()).isEqualTo(new FiscalYear(2568));
        assertThat(sent.employeeId()).isEqualTo(FormsTestData.SOMSRI);
    }

    @Test
    void a_salary_step_increase_names_one_of_the_case_file_s_evaluations() {
        _setValue(select("commendation-kind"), TimelineEntryKind.SALARY_STEP_INCREASE);
        Select<TimelineEntry> evaluation = select("commendation-evaluation");
        assertThat(evaluation.getListDataView().getItems().map(TimelineEntry::entryId))
                .containsExactly("ev-2568-1");
        _setValue(evaluation, FormsTestData.EVALUATION);
        _setValue(_get(TextField.class, spec -> spec.withId("commendation-order-number")), "อบต. 233/2568");
        date("commendation-awarded-on", LocalDate.of(2025, 4, 10));
        date("commendation-effective-on", LocalDate.of(2025, 4, 1));
        submit();

        assertThat(_get(Select.class, spec -> spec.withId("commendation-steps")).getErrorMessage())
                .isEqualTo("กรุณาระบุจำนวนขั้นหรือร้อยละอย่างใดอย่างหนึ่ง");
        assertThat(commands.sent()).isEmpty();

        _setValue(select("commendation-steps"), BigDecimal.ONE);
        submit();

        var sent = commands.sent(GrantSalaryStepIncrease.class).get(0);
        assertThat(sent.evaluationId()).isEqualTo(new EvaluationId("ev-2568-1"));
        assertThat(sent.steps()).isEqualByComparingTo("1");
        assertThat(sent.percentage()).isNull();
    }

    @Test
    void a_bonus_refused_by_the_server_is_shown_beside_the_amount() {
        _setValue(select("commendation-kind"), TimelineEntryKind.BONUS);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("commendation-amount")), new BigDecimal("0"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("commendation-fiscal-year")), 2568);
        _setValue(_get(TextField.class, spec -> spec.withId("commendation-order-number")), "อบต. 601/2568");
        date("commendation-awarded-on", LocalDate.of(2025, 11, 3));
        commands.refuseWith(new BonusNotPositive(BigDecimal.ZERO));
        submit();

        assertThat(_get(BigDecimalField.class, spec -> spec.withId("commendation-amount"))
                        .getErrorMessage())
                .isEqualTo("จำนวนเงินโบนัส (0 บาท) ต้องมากกว่า 0");
    }
}
