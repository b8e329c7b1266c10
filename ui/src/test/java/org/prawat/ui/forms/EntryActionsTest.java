package org.prawat.ui.forms;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.correction.CorrectEvaluation;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionChangesNothing;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RequestCorrection;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.ui.common.BuddhistDateField;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.views.FakeCommands;
import org.prawat.ui.views.FakeQueries;
import org.prawat.ui.views.ViewTest;

class EntryActionsTest extends ViewTest {

    private final FakeCommands commands = new FakeCommands();
    private final FakeQueries queries = new FakeQueries();

    private List<String> actionsOn(CurrentUser user, TimelineEntry entry) {
        signIn(user);
        show(EntryActions.forEntry(commands.gateway(), queries.gateway(), FormsTestData.SOMSRI, entry, () -> {}));
        return _find(NativeButton.class).stream()
                .flatMap(b -> b.getClassNames().stream())
                .filter(c -> c.startsWith("entry-") && !c.equals("entry-action"))
                .toList();
    }

    private static void type(Class<? extends Component> type, String id, String text) {
        @SuppressWarnings("unchecked")
        var field = (com.vaadin.flow.component.HasValue<?, String>) _get(type, spec -> spec.withId(id));
        field.setValue(text);
    }

    @Test
    void hr_may_correct_and_retract_trainings_evaluations_and_commendations() {
        for (var entry : List.of(FormsTestData.TRAINING, FormsTestData.EVALUATION, FormsTestData.BONUS)) {
            assertThat(actionsOn(FormsTestData.HR, entry)).containsExactly("entry-correct", "entry-retract");
        }
        assertThat(actionsOn(FormsTestData.HR, FormsTestData.REGISTRATION)).isEmpty();
    }

    @Test
    void the_record_owner_may_ask_for_a_correction_of_their_own_file_only() {
        assertThat(actionsOn(FormsTestData.OWNER, FormsTestData.TRAINING)).containsExactly("entry-request-correction");
        assertThat(actionsOn(FormsTestData.SOMEONE_ELSE, FormsTestData.TRAINING))
                .isEmpty();
    }

    @Test
    void nothing_is_offered_on_a_retracted_entry_or_to_auditors_and_managers() {
        assertThat(actionsOn(FormsTestData.HR, FormsTestData.retracted(FormsTestData.TRAINING)))
                .isEmpty();
        assertThat(actionsOn(FormsTestData.AUDITOR, FormsTestData.TRAINING)).isEmpty();
        assertThat(actionsOn(FormsTestData.MANAGER, FormsTestData.EVALUATION)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_correction_form_shows_what_the_training_says_now_and_sends_the_corrected_training() {
        actionsOn(FormsTestData.HR, FormsTestData.TRAINING);
        _click(_get(NativeButton.class, spec -> spec.withClasses("entry-correct")));

        assertThat(_get(TextField.class, spec -> spec.withId("training-course-title"))
                        .getValue())
                .isEqualTo("การจัดทำงบประมาณรายจ่ายประจำปีขององค์กรปกครองส่วนท้องถิ่น");
        assertThat(_get(Select.class, spec -> spec.withId("training-kind")).getValue())
                .isEqualTo(TrainingKind.TRAINING);
        assertThat(_get(BuddhistDateField.class, spec -> spec.withId("training-end-date"))
                        .getValue())
                .hasToString("2025-06-12");
        assertThat(_get(TextField.class, spec -> spec.withId("correction-approved-by"))
                        .getValue())
                .isEqualTo("wilai.hr");

        _setValue(_get(BigDecimalField.class, spec -> spec.withId("training-hours")), new BigDecimal("21"));
        type(TextArea.class, "correction-reason", "จำนวนชั่วโมงตามวุฒิบัตรคือ 21 ชั่วโมง");
        type(TextField.class, "correction-evidence", "วุฒิบัตรเลขที่ สพบ. 0412/2568");
        _click(_get(Button.class, spec -> spec.withId("correction-form-submit")));

        var sent = commands.sent(CorrectTraining.class);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).trainingId()).isEqualTo(new TrainingId("t-budget"));
        assertThat(sent.get(0).corrected().hours()).isEqualByComparingTo("21");
        assertThat(sent.get(0).corrected().provider()).isEqualTo("สถาบันพัฒนาบุคลากรท้องถิ่น");
        assertThat(sent.get(0).details().approvedBy()).isEqualTo("wilai.hr");
        assertThat(sent.get(0).requestId()).isNull();
        assertThat(commands.sent().get(0).getMetaData().get(MetaDataKeys.REASON))
                .isEqualTo("จำนวนชั่วโมงตามวุฒิบัตรคือ 21 ชั่วโมง");
    }

    @Test
    void a_correction_approving_a_request_names_it_and_keeps_the_evaluation_s_round_and_bands() {
        signIn(FormsTestData.HR);
        var request = new CorrectionRequestId("r-1");
        EntryActions.openCorrection(
                commands.gateway(),
                queries.gateway(),
                FormsTestData.SOMSRI,
                FormsTestData.EVALUATION,
                request,
                () -> {});

        assertThat(_get(IntegerField.class, spec -> spec.withId("evaluation-fiscal-year"))
                        .isReadOnly())
                .isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("evaluation-level")).getText())
                .isEqualTo("คะแนนรวม 83.50 · ระดับผลการประเมิน: ดีมาก");
        _setValue(
                _get(BigDecimalField.class, spec -> spec.withId("evaluation-achievement-score")), new BigDecimal("95"));
        type(TextArea.class, "correction-reason", "บันทึกคะแนนผลสัมฤทธิ์ผิดจากแบบประเมิน");
        type(TextField.class, "correction-evidence", "แบบประเมินลงนามวันที่ 28 มีนาคม 2568");
        _click(_get(Button.class, spec -> spec.withId("correction-form-submit")));

        var sent = commands.sent(CorrectEvaluation.class).get(0);
        assertThat(sent.achievementScore()).isEqualByComparingTo("95");
        assertThat(sent.competencyScore()).isEqualByComparingTo("80");
        assertThat(sent.requestId()).isEqualTo(request);
    }

    @Test
    void a_correction_changing_nothing_is_told_at_the_top_and_the_form_keeps_the_reason() {
        actionsOn(FormsTestData.HR, FormsTestData.TRAINING);
        _click(_get(NativeButton.class, spec -> spec.withClasses("entry-correct")));
        type(TextArea.class, "correction-reason", "ตรวจทานแล้ว");
        type(TextField.class, "correction-evidence", "บันทึกข้อความ ที่ 15/2568");
        commands.refuseWith(new CorrectionChangesNothing(RecordKind.TRAINING, "t-budget"));
        _click(_get(Button.class, spec -> spec.withId("correction-form-submit")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("correction-form-message"))
                        .getText())
                .contains("ไม่มีสิ่งใดเปลี่ยนแปลง");
        assertThat(_get(TextArea.class, spec -> spec.withId("correction-reason"))
                        .getValue())
                .isEqualTo("ตรวจทานแล้ว");
    }

    @Test
    void a_retraction_without_evidence_is_not_sent_and_with_it_retracts_the_record() {
        actionsOn(FormsTestData.HR, FormsTestData.BONUS);
        _click(_get(NativeButton.class, spec -> spec.withClasses("entry-retract")));
        type(TextArea.class, "retraction-reason", "บันทึกซ้ำกับคำสั่งเดิม");
        _click(_get(Button.class, spec -> spec.withId("retraction-form-submit")));

        assertThat(_get(TextField.class, spec -> spec.withId("retraction-evidence"))
                        .getErrorMessage())
                .isEqualTo("กรุณาระบุหลักฐานอ้างอิง");
        assertThat(commands.sent()).isEmpty();

        type(TextField.class, "retraction-evidence", "คำสั่ง อบต. 512/2567");
        _click(_get(Button.class, spec -> spec.withId("retraction-form-submit")));

        var sent = commands.sent(RetractRecord.class);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).recordId()).isEqualTo("c-bonus-2567");
        assertThat(sent.get(0).kind()).isEqualTo(RecordKind.COMMENDATION);
    }

    @Test
    void the_owner_s_request_names_the_entry_and_is_dated_today() {
        actionsOn(FormsTestData.OWNER, FormsTestData.TRAINING);
        _click(_get(NativeButton.class, spec -> spec.withClasses("entry-request-correction")));
        type(TextArea.class, "request-description", "จำนวนชั่วโมงอบรมจริงคือ 21 ชั่วโมง");
        type(TextField.class, "request-evidence", "วุฒิบัตรเลขที่ สพบ. 0412/2568");
        _click(_get(Button.class, spec -> spec.withId("correction-request-form-submit")));

        var sent = commands.sent(RequestCorrection.class).get(0);
        assertThat(sent.recordId()).isEqualTo("t-budget");
        assertThat(sent.kind()).isEqualTo(RecordKind.TRAINING);
        assertThat(sent.requestedOn()).isEqualTo(Inputs.today());
        assertThat(commands.sent().get(0).getMetaData().get(MetaDataKeys.ISSUED_BY))
                .isEqualTo("somsri.owner");
    }
}
