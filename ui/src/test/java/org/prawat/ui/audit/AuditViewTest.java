package org.prawat.ui.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.prawat.api.audit.CaseFileEvent;
import org.prawat.api.audit.FindCaseFileEvents;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeSearchResult;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.SearchEmployees;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.EntryCorrection;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.FindCaseHistoryAsAt;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.rebuild.FindRebuildProgress;
import org.prawat.api.rebuild.RebuildProgress;
import org.prawat.api.rebuild.RebuildState;
import org.prawat.api.security.Role;
import org.prawat.query.rebuild.ProjectionRebuild;
import org.prawat.ui.common.BuddhistDateField;
import org.prawat.ui.common.ThaiDates;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.views.FakeQueries;
import org.prawat.ui.views.ViewTest;

class AuditViewTest extends ViewTest {

    private static final EmployeeId SUPAPORN = new EmployeeId("e-supaporn");
    private static final Instant RECORDED =
            ZonedDateTime.parse("2025-03-15T09:30:05+07:00[Asia/Bangkok]").toInstant();

    private final ArrayDeque<RebuildProgress> progressAnswers = new ArrayDeque<>();
    private final FakeQueries queries = new FakeQueries()
            .answer(SearchEmployees.class, q -> new EmployeeSearchResult(List.of(), 0))
            .answer(FindCaseFileEvents.class, q -> List.of())
            .answer(
                    FindRebuildProgress.class,
                    q -> progressAnswers.size() > 1
                            ? progressAnswers.poll()
                            : progressAnswers.isEmpty() ? RebuildProgress.idle() : progressAnswers.peek());
    private final ProjectionRebuild rebuild = Mockito.mock(ProjectionRebuild.class);

    @Test
    void the_event_stream_shows_each_event_with_be_dates_and_its_payload_as_text() {
        queries.answer(
                FindCaseFileEvents.class,
                q -> List.of(new CaseFileEvent(
                        1,
                        "TrainingRecorded",
                        "1",
                        LocalDate.of(2024, 10, 1),
                        RECORDED,
                        "hr.somsri",
                        null,
                        "c-1",
                        "{\n  \"courseTitle\" : \"<script>alert('x')</script>\"\n}")));
        signIn(new CurrentUser("audit.prasert", Role.AUDITOR, Scope.everything(), null));

        open(SUPAPORN);

        @SuppressWarnings("unchecked")
        Grid<CaseFileEvent> grid = _get(Grid.class, spec -> spec.withId("event-stream"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("TrainingRecorded r1", "1 ต.ค. 2567", "15 มี.ค. 2568 09:30:05", "hr.somsri");
        var payload = (Pre) GridKt._getItemDetailsComponent(grid, 0);
        assertThat(payload.getText()).contains("<script>alert('x')</script>");
        assertThat(payload.getElement().getChildren())
                .as("no markup made of the payload")
                .allMatch(child -> child.isTextNode());
        assertThat(queries.lastAsked(FindCaseFileEvents.class).scope()).isEqualTo(Scope.everything());
    }

    @Test
    void the_as_at_view_asks_for_the_chosen_moment_and_shows_the_entries_with_their_corrections() {
        queries.answer(FindCaseHistoryAsAt.class, q -> Optional.of(history()));
        signIn(new CurrentUser("audit.prasert", Role.AUDITOR, Scope.everything(), null));
        open(SUPAPORN);
        _get(TabSheet.class).setSelectedIndex(1);

        _setValue(_get(BuddhistDateField.class, spec -> spec.withId("as-at-date")), LocalDate.of(2025, 3, 15));
        _setValue(_get(TimePicker.class, spec -> spec.withId("as-at-time")), LocalTime.of(9, 30, 5));
        _click(_get(Button.class, spec -> spec.withId("as-at-show")));

        var asked = queries.lastAsked(FindCaseHistoryAsAt.class);
        assertThat(asked.employeeId()).isEqualTo(SUPAPORN);
        assertThat(asked.asAt()).isEqualTo(RECORDED);
        var entry = _get(Div.class, spec -> spec.withClasses("timeline-entry"));
        assertThat(_get(entry, Span.class, spec -> spec.withClasses("entry-title"))
                        .getText())
                .isEqualTo("หลักสูตรนักบริหารงานท้องถิ่นระดับกลาง");
        assertThat(_get(entry, Span.class, spec -> spec.withClasses("entry-previous"))
                        .getText())
                .isEqualTo("หลักสูตรนักบริหารงานท้องถิ่น");
        assertThat(_get(entry, Span.class, spec -> spec.withClasses("entry-status"))
                        .getText())
                .isEqualTo("แก้ไขแล้ว");
    }

    @Test
    void a_date_without_a_time_means_the_end_of_that_day_in_bangkok() {
        queries.answer(FindCaseHistoryAsAt.class, q -> Optional.empty());
        signIn(new CurrentUser("audit.prasert", Role.AUDITOR, Scope.everything(), null));
        open(SUPAPORN);
        _get(TabSheet.class).setSelectedIndex(1);

        _setValue(_get(BuddhistDateField.class, spec -> spec.withId("as-at-date")), LocalDate.of(2025, 3, 15));
        _click(_get(Button.class, spec -> spec.withId("as-at-show")));

        assertThat(queries.lastAsked(FindCaseHistoryAsAt.class).asAt())
                .isEqualTo(LocalDate.of(2025, 3, 15)
                        .atTime(LocalTime.MAX)
                        .atZone(ThaiDates.BANGKOK)
                        .toInstant());
        assertThat(_find(Div.class, spec -> spec.withClasses("timeline-entry"))).isEmpty();
    }

    @Test
    void the_rebuild_progress_bar_follows_the_progress_answers_until_done() {
        signIn(new CurrentUser("audit.prasert", Role.AUDITOR, Scope.everything(), null));
        var running = new RebuildProgress(
                RebuildState.RUNNING, 250, 1000, 125.4, Duration.ofSeconds(6), RECORDED, null, "กำลังสร้าง / Running");
        Mockito.when(rebuild.start()).thenReturn(running);
        open(SUPAPORN);

        _click(_get(Button.class, spec -> spec.withId("rebuild-start")));
        var bar = _get(ProgressBar.class, spec -> spec.withId("rebuild-progress"));
        assertThat(bar.getValue()).isEqualTo(0.25);
        assertThat(UI.getCurrent().getPollInterval()).isPositive();

        progressAnswers.add(new RebuildProgress(
                RebuildState.RUNNING, 750, 1000, 150, Duration.ofSeconds(3), RECORDED, null, "กำลังสร้าง / Running"));
        progressAnswers.add(new RebuildProgress(
                RebuildState.DONE, 1000, 1000, 160, null, RECORDED, RECORDED, "สร้างดัชนีใหม่เสร็จแล้ว / Rebuilt"));
        poll();
        assertThat(bar.getValue()).isEqualTo(0.75);
        assertThat(_get(Span.class, spec -> spec.withId("rebuild-counts")).getText())
                .isEqualTo("ดำเนินการแล้ว 750 จาก 1,000 เหตุการณ์");
        assertThat(_get(Span.class, spec -> spec.withId("rebuild-eta")).getText())
                .isEqualTo("เหลือเวลาประมาณ 0:03 นาที");

        poll();
        assertThat(bar.getValue()).isEqualTo(1.0);
        assertThat(_get(Span.class, spec -> spec.withId("rebuild-state")).getText())
                .isEqualTo("สถานะ: เสร็จแล้ว");
        assertThat(_get(Span.class, spec -> spec.withId("rebuild-message")).getText())
                .isEqualTo("สร้างดัชนีใหม่เสร็จแล้ว");
        assertThat(UI.getCurrent().getPollInterval())
                .as("polling stops when done")
                .isNegative();
    }

    @Test
    void an_administrator_gets_the_rebuild_but_no_case_file_to_read() {
        signIn(new CurrentUser("admin.wichai", Role.ADMINISTRATOR, Scope.everything(), null));
        show(new AuditView(queries.gateway(), rebuild));

        assertThat(_find(ComboBox.class, spec -> spec.withId("audit-case-file")))
                .isEmpty();
        assertThat(_find(TabSheet.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("rebuild-start"))).hasSize(1);
        assertThat(queries.asked(SearchEmployees.class)).isEmpty();
    }

    private void open(EmployeeId employee) {
        show(new AuditView(queries.gateway(), rebuild)).show(employee);
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private static CaseHistory history() {
        var entry = new TimelineEntry(
                "t-1",
                SUPAPORN,
                "นางสาวสุภาพร ศรีทอง",
                new OrganisationUnitId("u-songkhla"),
                PersonnelType.SUBDISTRICT_STAFF,
                "ปฏิบัติการ",
                TimelineEntryKind.TRAINING,
                LocalDate.of(2024, 10, 1),
                RECORDED,
                null,
                "หลักสูตรนักบริหารงานท้องถิ่นระดับกลาง",
                "",
                Map.of(),
                EntryStatus.CORRECTED,
                List.of(new EntryCorrection(
                        RECORDED,
                        false,
                        "ชื่อหลักสูตรตามวุฒิบัตร",
                        "วุฒิบัตรเลขที่ 0216/123",
                        "ผู้อำนวยการกองการเจ้าหน้าที่",
                        null,
                        "หลักสูตรนักบริหารงานท้องถิ่น",
                        Map.of())),
                null);
        return new CaseHistory(
                SUPAPORN,
                "นางสาวสุภาพร ศรีทอง",
                "นักทรัพยากรบุคคล",
                "ปฏิบัติการ",
                PersonnelType.SUBDISTRICT_STAFF,
                new OrganisationUnitId("u-songkhla"),
                List.of(entry));
    }
}
