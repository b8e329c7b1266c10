package org.prawat.ui.attendance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.prawat.api.course.AttendeeCannotBeRecorded;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CourseSessionSummary;
import org.prawat.api.course.CourseSessions;
import org.prawat.api.course.FindCourseSessions;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.employee.CaseFileClosed;
import org.prawat.api.employee.EmployeeHit;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeSearchResult;
import org.prawat.api.employee.FindEmployeesByIdentifiers;
import org.prawat.api.employee.IdentifiedEmployee;
import org.prawat.api.employee.IdentifiedEmployees;
import org.prawat.api.employee.SearchEmployees;
import org.prawat.api.history.Scope;
import org.prawat.api.security.Role;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.i18n.PrawatTranslations;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.views.FakeCommands;
import org.prawat.ui.views.FakeQueries;
import org.prawat.ui.views.ViewTest;

class BulkAttendanceViewTest extends ViewTest {

    private static final CourseSessionSummary SESSION = new CourseSessionSummary(
            new CourseId("service-mind-2569"),
            "การบริการประชาชนด้วยใจ",
            new CourseSessionId("service-mind-2569-1"),
            1,
            LocalDate.of(2026, 9, 23),
            LocalDate.of(2026, 9, 25),
            new BigDecimal("18"),
            List.of("นายไพเจน มากสุวรรณ์"),
            "ห้องประชุม อบจ.สงขลา");

    private final FakeCommands commands = new FakeCommands();
    /** Recognises every pasted line except those starting with "x". */
    private final FakeQueries queries = new FakeQueries()
            .answer(FindCourseSessions.class, q -> new CourseSessions(List.of(SESSION)))
            .answer(SearchEmployees.class, q -> new EmployeeSearchResult(List.of(), 0))
            .answer(
                    FindEmployeesByIdentifiers.class,
                    q -> new IdentifiedEmployees(q.identifiers().stream()
                            .filter(line -> !line.startsWith("x"))
                            .map(line -> new IdentifiedEmployee(line, employee(line)))
                            .toList()));

    @BeforeEach
    void signInAsHr() {
        signIn(new CurrentUser("hr.officer", Role.HR_OFFICER, Scope.everything(), null));
        show(new BulkAttendanceView(commands.gateway(), queries.gateway()));
    }

    private static EmployeeHit employee(String id) {
        return new EmployeeHit(
                new EmployeeId("e-" + id),
                "นาย",
                "สมชาย" + id,
                "ใจดี",
                "นักทรัพยากรบุคคล",
                "อบจ.สงขลา",
                "x-xxxx-xxxxx-x1-2");
    }

    private static String lines(int count) {
        return IntStream.range(0, count).mapToObj(i -> "e" + i).collect(Collectors.joining("\n"));
    }

    private static void paste(String text) {
        _setValue(_get(TextArea.class, spec -> spec.withId("attendance-paste")), text);
        _click(_get(Button.class, spec -> spec.withId("attendance-recognise")));
    }

    @SuppressWarnings("unchecked")
    private static void chooseSession() {
        _setValue(_get(ComboBox.class, spec -> spec.withId("attendance-session")), SESSION);
    }

    private static void submit() {
        _click(_get(Button.class, spec -> spec.withId("attendance-submit")));
        MockVaadin.clientRoundtrip();
    }

    @Test
    void three_hundred_pasted_attendees_are_recorded_with_one_command() {
        chooseSession();
        paste(lines(300));
        _setValue(
                _get(
                        com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                        spec -> spec.withId("attendance-outcome")),
                TrainingOutcome.ATTENDED);

        submit();

        var sent = commands.sent(RecordSessionAttendance.class);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).attendees()).hasSize(300).startsWith(new EmployeeId("e-e0"));
        assertThat(sent.get(0).sessionId()).isEqualTo(SESSION.sessionId());
        assertThat(sent.get(0).courseId()).isEqualTo(SESSION.courseId());
        assertThat(sent.get(0).outcome()).isEqualTo(TrainingOutcome.ATTENDED);
        assertThat(commands.sent().get(0).getMetaData()).containsEntry("issuedBy", "hr.officer");
        assertThat(_get(Span.class, spec -> spec.withId("attendance-status")).getText())
                .isEqualTo("บันทึกการเข้าอบรมแล้ว 300 คน");
        assertThat(_find(ProgressBar.class, spec -> spec.withId("attendance-progress")))
                .as("the progress bar is hidden")
                .isEmpty();
    }

    @Test
    void while_the_command_runs_an_indeterminate_bar_says_how_many_are_being_recorded() {
        var pending = new CompletableFuture<Object>();
        var gateway = Mockito.mock(CommandGateway.class);
        Mockito.when(gateway.send(Mockito.any())).thenReturn(pending);
        show(new BulkAttendanceView(gateway, queries.gateway()));
        chooseSession();
        paste("e0\ne1");

        submit();

        var bar = _get(ProgressBar.class, spec -> spec.withId("attendance-progress"));
        assertThat(bar.isIndeterminate()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("attendance-status")).getText())
                .isEqualTo("กำลังบันทึก 2 คน");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(BulkAttendanceView.POLL_MILLIS);

        pending.complete(null);
        MockVaadin.clientRoundtrip();

        assertThat(_get(Span.class, spec -> spec.withId("attendance-status")).getText())
                .isEqualTo("บันทึกการเข้าอบรมแล้ว 2 คน");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void pasted_lines_that_name_nobody_are_listed_and_left_to_correct() {
        paste("e1\nx-unknown\n  e2  \n\nx-1234567890123");

        assertThat(_find(Span.class, spec -> spec.withClasses("unrecognised-line")))
                .extracting(Span::getText)
                .containsExactly("x-unknown", "x-1234567890123");
        assertThat(_get(TextArea.class, spec -> spec.withId("attendance-paste")).getValue())
                .isEqualTo("x-unknown\nx-1234567890123");
        assertThat(_get(Span.class, spec -> spec.withId("attendance-count")).getText())
                .isEqualTo("ผู้เข้าอบรม 2 คน");
        assertThat(GridKt._size(
                        _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("attendance-attendees"))))
                .isEqualTo(2);
    }

    @Test
    void more_than_three_hundred_lines_are_refused_before_anything_is_looked_up() {
        paste(lines(301));

        var box = _get(TextArea.class, spec -> spec.withId("attendance-paste"));
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).isEqualTo("วางได้ครั้งละไม่เกิน 300 บรรทัด (วางมา 301 บรรทัด)");
        assertThat(queries.asked(FindEmployeesByIdentifiers.class)).isEmpty();
    }

    @Test
    void a_refusal_is_shown_in_thai_beside_the_list_and_the_list_is_kept_for_another_try() {
        var leaver = new EmployeeId("e-e1");
        commands.refuseWith(new AttendeeCannotBeRecorded(
                SESSION.sessionId(), Map.of(leaver, new CaseFileClosed(LocalDate.of(2026, 5, 31)))));
        chooseSession();
        paste("e0\ne1");

        submit();

        var refusal = _get(Paragraph.class, spec -> spec.withId("attendance-refusal"));
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText())
                .startsWith("บันทึกการเข้าอบรมรุ่น service-mind-2569-1 ไม่ได้ทั้งรุ่น")
                .contains("e-e1");
        assertThat(_get(Span.class, spec -> spec.withId("attendance-status")).getText())
                .isEqualTo("ไม่ได้บันทึกผู้ใด");
        assertThat(_get(Span.class, spec -> spec.withId("attendance-count")).getText())
                .isEqualTo("ผู้เข้าอบรม 2 คน");
        assertThat(commands.sent(RecordSessionAttendance.class)).isEmpty();
    }

    @Test
    void nothing_is_sent_without_a_session_or_attendees() {
        submit();

        assertThat(commands.sent()).isEmpty();
        var session = _get(ComboBox.class, spec -> spec.withId("attendance-session"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(session.getErrorMessage()).isEqualTo("กรุณาเลือกหลักสูตรและรุ่น");
        assertThat(_get(Span.class, spec -> spec.withId("attendance-count")).getText())
                .isEqualTo("กรุณาเลือกหรือวางรายชื่อผู้เข้าอบรมอย่างน้อย 1 คน");
    }

    @Test
    void every_outcome_has_a_name_in_both_languages() {
        for (var locale : List.of(PrawatTranslations.THAI, PrawatTranslations.ENGLISH)) {
            for (TrainingOutcome outcome : TrainingOutcome.values()) {
                assertThat(PrawatTranslations.keys(locale)).contains(BulkAttendanceView.key(outcome));
            }
        }
    }
}
