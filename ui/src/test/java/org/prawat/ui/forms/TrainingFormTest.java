package org.prawat.ui.forms;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.ImplausibleTrainingHours;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.TrainingAlreadyRecorded;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.common.BuddhistDateField;
import org.prawat.ui.i18n.PrawatTranslations;
import org.prawat.ui.views.FakeCommands;
import org.prawat.ui.views.ViewTest;

class TrainingFormTest extends ViewTest {

    private final FakeCommands commands = new FakeCommands();
    private final AtomicInteger recorded = new AtomicInteger();
    private TrainingForm form;

    @BeforeEach
    void hrOpensTheForm() {
        signIn(FormsTestData.HR);
        form = new TrainingForm(commands.gateway(), FormsTestData.SOMSRI, recorded::incrementAndGet);
        form.open();
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(String id, T value) {
        _setValue(_get(Select.class, spec -> spec.withId(id)), value);
    }

    private static void type(String id, String text) {
        _setValue(_get(TextField.class, spec -> spec.withId(id)), text);
    }

    private static void fillIn() {
        choose("training-kind", TrainingKind.TRAINING);
        choose("training-area", DevelopmentArea.JOB_SPECIFIC);
        type("training-course-title", "การจัดซื้อจัดจ้างภาครัฐด้วยระบบ e-GP");
        type("training-provider", "กรมบัญชีกลาง");
        type("training-trainers", "นายประเสริฐ ใจดี, นางสาวอรุณี แสงทอง");
        _setValue(_get(BuddhistDateField.class, spec -> spec.withId("training-start-date")), LocalDate.of(2025, 8, 4));
        _setValue(_get(BuddhistDateField.class, spec -> spec.withId("training-end-date")), LocalDate.of(2025, 8, 6));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("training-hours")), new BigDecimal("18"));
        choose("training-outcome", TrainingOutcome.PASSED);
    }

    private static void submit() {
        _click(_get(Button.class, spec -> spec.withId("training-form-submit")));
    }

    private Dialog form() {
        return form;
    }

    @Test
    void a_complete_form_records_the_training_in_the_name_of_the_signed_in_officer() {
        fillIn();
        submit();

        var sent = commands.sent(RecordTraining.class);
        assertThat(sent).hasSize(1);
        var training = sent.get(0).training();
        assertThat(sent.get(0).employeeId()).isEqualTo(FormsTestData.SOMSRI);
        assertThat(training.courseTitle()).isEqualTo("การจัดซื้อจัดจ้างภาครัฐด้วยระบบ e-GP");
        assertThat(training.trainers()).containsExactly("นายประเสริฐ ใจดี", "นางสาวอรุณี แสงทอง");
        assertThat(training.startDate()).isEqualTo(LocalDate.of(2025, 8, 4));
        assertThat(training.hours()).isEqualByComparingTo("18");
        assertThat(training.certificateNumber()).isNull();
        assertThat(commands.sent().get(0).getMetaData().get(MetaDataKeys.ISSUED_BY))
                .isEqualTo("wilai.hr");
        assertThat(recorded).hasValue(1);
        assertThat(form().isOpened()).isFalse();
    }

    @Test
    void a_missing_course_title_is_shown_beside_it_in_thai_and_nothing_is_sent() {
        fillIn();
        type("training-course-title", "  ");
        submit();

        var title = _get(TextField.class, spec -> spec.withId("training-course-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("กรุณาระบุชื่อหลักสูตร");
        assertThat(commands.sent()).isEmpty();
        assertThat(recorded).hasValue(0);
    }

    @Test
    void implausible_hours_refused_by_the_server_are_shown_beside_the_hours_and_what_was_typed_stays() {
        fillIn();
        commands.refuseWith(new ImplausibleTrainingHours(new BigDecimal("18"), 1));
        submit();

        var hours = _get(BigDecimalField.class, spec -> spec.withId("training-hours"));
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).startsWith("จำนวนชั่วโมง 18 ไม่สมเหตุสมผล");
        assertThat(form().isOpened()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("training-course-title"))
                        .getValue())
                .isEqualTo("การจัดซื้อจัดจ้างภาครัฐด้วยระบบ e-GP");
        assertThat(recorded).hasValue(0);
    }

    @Test
    void a_refusal_concerning_no_field_is_shown_at_the_top_of_the_form() {
        fillIn();
        commands.refuseWith(new TrainingAlreadyRecorded(new TrainingId("t-1")));
        submit();

        var message = _get(Div.class, spec -> spec.withId("training-form-message"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("บันทึกการอบรมรหัส t-1 ไว้แล้ว");
        assertThat(form().isOpened()).isTrue();
    }

    @Test
    void messages_are_in_english_for_a_user_who_reads_english() {
        speak(PrawatTranslations.ENGLISH);
        form().close();
        new TrainingForm(commands.gateway(), FormsTestData.SOMSRI, recorded::incrementAndGet).open();
        fillIn();
        type("training-provider", "");
        commands.refuseWith(new ImplausibleTrainingHours(new BigDecimal("18"), 1));
        submit();

        assertThat(_get(TextField.class, spec -> spec.withId("training-provider"))
                        .getErrorMessage())
                .isEqualTo("Provider is required");
        assertThat(_get(Button.class, spec -> spec.withId("training-form-submit"))
                        .getText())
                .isEqualTo("Save");
    }

    @Test
    void every_kind_area_and_outcome_has_a_name_in_both_languages() {
        var keys = List.of(PrawatTranslations.THAI, PrawatTranslations.ENGLISH).stream()
                .map(PrawatTranslations::keys)
                .toList();
        for (var language : keys) {
            for (var kind : TrainingKind.values()) {
                assertThat(language).contains(Inputs.key("forms.training.kind.", kind));
            }
            for (var area : DevelopmentArea.values()) {
                assertThat(language).contains(Inputs.key("forms.training.area.", area));
            }
            for (var outcome : TrainingOutcome.values()) {
                assertThat(language).contains(Inputs.key("forms.training.outcome.", outcome));
            }
        }
    }
}
