package org.prawat.ui.casefile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.casefile.CaseFileTestData.HR_DIVISION;
import static org.prawat.ui.casefile.CaseFileTestData.SUPAPORN;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.OrganisationUnitNode;
import org.prawat.api.organisation.OrganisationUnitTree;
import org.prawat.api.security.Role;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.views.FakeCommands;
import org.prawat.ui.views.FakeQueries;
import org.prawat.ui.views.ViewTest;

class CaseFileViewTest extends ViewTest {

    private final LocalDate today = CaseFile.todayInThailand();
    private final AtomicReference<CaseHistory> stored = new AtomicReference<>(CaseFileTestData.caseFile(today));
    private final FakeQueries queries = new FakeQueries()
            .answer(
                    FindCaseHistory.class,
                    q -> q.employeeId().equals(SUPAPORN) ? Optional.of(stored.get()) : Optional.empty())
            .answer(
                    FindOrganisationUnits.class,
                    q -> new OrganisationUnitTree(List.of(new OrganisationUnitNode(
                            HR_DIVISION, "กองการเจ้าหน้าที่ อบจ.สงขลา", List.of(HR_DIVISION)))));
    private final FakeCommands commands = new FakeCommands();

    @BeforeEach
    void hrSignsIn() {
        signIn(new CurrentUser("hr.somsri", Role.HR_OFFICER, Scope.everything(), null));
    }

    @Test
    void the_header_shows_name_masked_national_id_position_unit_and_years_of_service() {
        open(SUPAPORN);

        assertThat(text(_get(Component.class, spec -> spec.withId("case-file-name"))))
                .isEqualTo("นางสาวสุภาพร ศรีสุข");
        assertThat(text(_get(Span.class, spec -> spec.withId("case-file-national-id"))))
                .isEqualTo("x-xxxx-xxxxx-x5-3");
        assertThat(text(_get(Span.class, spec -> spec.withId("case-file-position"))))
                .isEqualTo("นักทรัพยากรบุคคล ชำนาญการ");
        assertThat(text(_get(Span.class, spec -> spec.withId("case-file-unit"))))
                .isEqualTo("กองการเจ้าหน้าที่ อบจ.สงขลา");
        assertThat(text(_get(Span.class, spec -> spec.withId("case-file-service"))))
                .startsWith("12 ปี");
    }

    @Test
    void the_timeline_shows_every_entry_newest_first_with_its_kind_and_buddhist_era_date() {
        open(SUPAPORN);

        assertThat(entries())
                .extracting(e -> e.getElement().getAttribute("data-entry-id"))
                .containsExactly("ev-1-2568", "t-duplicate", "t-orientation", "supaporn:e1");
        assertThat(text(entry("t-orientation"))).contains("25 กันยายน 2567").contains("การพัฒนา");
        assertThat(text(entry("ev-1-2568"))).contains("ดีมาก");
    }

    @Test
    void a_corrected_training_shows_the_earlier_hours_and_title_struck_through_beside_the_current_ones() {
        open(SUPAPORN);

        var orientation = entry("t-orientation");
        assertThat(classed(orientation, "entry-previous"))
                .extracting(ViewTestText::of)
                .containsExactlyInAnyOrder("18", CaseFileTestData.ORIENTATION_OLD_TITLE);
        assertThat(text(classed(orientation, "entry-title").get(0))).isEqualTo(CaseFileTestData.ORIENTATION_TITLE);
        assertThat(text(orientation))
                .contains("21")
                .contains("วุฒิบัตรระบุ 21 ชั่วโมง")
                .contains("วุฒิบัตรเลขที่ สข 0032/2567")
                .contains("hr.somsri");
    }

    @Test
    void a_retracted_entry_is_struck_through_with_the_reason() {
        open(SUPAPORN);

        var retracted = entry("t-duplicate");
        assertThat(retracted.getClassNames()).contains("retracted");
        assertThat(text(retracted)).contains("เพิกถอนแล้ว").contains("บันทึกซ้ำกับรายการเดิม");
        assertThat(entry("t-orientation").getClassNames()).doesNotContain("retracted");
    }

    @Test
    void the_kind_filter_hides_entries_of_the_other_kinds() {
        open(SUPAPORN);

        @SuppressWarnings("unchecked")
        CheckboxGroup<TimelineEntryKind> kinds = _get(CheckboxGroup.class, spec -> spec.withId("kind-filter"));
        _setValue(kinds, Set.of(TimelineEntryKind.TRAINING));

        assertThat(entries().stream().filter(Component::isVisible))
                .extracting(e -> e.getElement().getAttribute("data-kind"))
                .containsOnly("TRAINING")
                .hasSize(2);
    }

    @Test
    void a_kind_recorded_after_the_page_opened_is_shown_but_a_kind_the_user_unticked_stays_hidden() {
        var caseFile = open(SUPAPORN);
        @SuppressWarnings("unchecked")
        CheckboxGroup<TimelineEntryKind> kinds = _get(CheckboxGroup.class, spec -> spec.withId("kind-filter"));
        var withoutEvaluations = new java.util.HashSet<>(kinds.getValue());
        withoutEvaluations.remove(TimelineEntryKind.EVALUATION);
        _setValue(kinds, Set.copyOf(withoutEvaluations));

        caseFile.watchForChange();
        var before = stored.get().entries();
        var request = CaseFileTestData.entry(
                "r-new",
                TimelineEntryKind.CORRECTION_REQUEST,
                today,
                "คำขอแก้ไขประวัติ: การพัฒนา",
                java.util.Map.of(),
                EntryStatus.ACTIVE,
                List.of(),
                null);
        var after = new java.util.ArrayList<TimelineEntry>(List.of(request));
        after.addAll(before);
        stored.set(CaseFileTestData.history(after));
        poll();

        assertThat(entry("r-new").isVisible()).isTrue();
        assertThat(entries())
                .filteredOn(Component::isVisible)
                .extracting(e -> e.getElement().getAttribute("data-kind"))
                .contains("CORRECTION_REQUEST")
                .doesNotContain("EVALUATION");
    }

    @Test
    void a_long_career_shows_its_newest_entries_first_and_the_rest_a_page_at_a_time() {
        var many = new java.util.ArrayList<TimelineEntry>();
        for (int i = 0; i < 100; i++) {
            many.add(CaseFileTestData.training("t" + i, today.minusDays(i), "หลักสูตรที่ " + i, "6"));
        }
        stored.set(CaseFileTestData.history(many));
        open(SUPAPORN);
        var more = _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("timeline-more"));
        assertThat(entries()).hasSize(CaseFile.PAGE);
        assertThat(entries().get(0).getElement().getAttribute("data-entry-id")).isEqualTo("t0");
        assertThat(more.getText()).isEqualTo("แสดงเพิ่มอีก 15 รายการ (เหลือ 85 รายการ)");

        _click(more);
        assertThat(entries()).hasSize(30);
        assertThat(entries().get(29).getElement().getAttribute("data-entry-id")).isEqualTo("t29");
        for (int press = 0; press < 4; press++) {
            _click(more);
        }
        assertThat(more.getText()).isEqualTo("แสดงเพิ่มอีก 10 รายการ (เหลือ 10 รายการ)");
        _click(more);

        assertThat(entries()).hasSize(100);
        assertThat(more.isVisible()).isFalse();
    }

    @Test
    void a_case_file_outside_the_users_scope_says_it_was_not_found() {
        open(new EmployeeId("someone-elsewhere"));

        assertThat(text(_get(Span.class, spec -> spec.withId("case-file-missing"))))
                .isEqualTo("ไม่พบแฟ้มประวัตินี้ หรือแฟ้มอยู่นอกหน่วยงานที่คุณมีสิทธิ์ดู");
        assertThat(queries.lastAsked(FindCaseHistory.class).scope()).isEqualTo(Scope.everything());
    }

    @Test
    void after_something_was_recorded_the_case_file_reads_itself_again_until_the_new_entry_shows() {
        var caseFile = open(SUPAPORN);
        caseFile.watchForChange();
        poll();
        assertThat(entries()).hasSize(4);

        stored.set(CaseFileTestData.history(List.of(
                CaseFileTestData.training(
                        "t-new", today.minusDays(3), "การพัฒนาทักษะดิจิทัลสำหรับบุคลากรท้องถิ่น", "12"),
                CaseFileTestData.orientation())));
        poll();

        assertThat(entries())
                .extracting(e -> e.getElement().getAttribute("data-entry-id"))
                .containsExactly("t-new", "t-orientation");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void the_record_owner_sees_their_own_case_file() {
        signIn(new CurrentUser("supaporn", Role.EMPLOYEE, Scope.of(Set.of(HR_DIVISION)), SUPAPORN));
        var view = show(new MyCaseFileView(commands.gateway(), queries.gateway()));

        view.open(CurrentUser.get());

        assertThat(queries.lastAsked(FindCaseHistory.class).employeeId()).isEqualTo(SUPAPORN);
        assertThat(entries()).hasSize(4);
    }

    private CaseFile open(EmployeeId employeeId) {
        return show(new CaseFileView(commands.gateway(), queries.gateway())).open(employeeId);
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private static List<Div> entries() {
        return _get(Div.class, spec -> spec.withId("timeline"))
                .getChildren()
                .map(Div.class::cast)
                .toList();
    }

    private static Div entry(String entryId) {
        return entries().stream()
                .filter(e -> entryId.equals(e.getElement().getAttribute("data-entry-id")))
                .findFirst()
                .orElseThrow();
    }

    private static List<Component> classed(Component in, String className) {
        var found = new java.util.ArrayList<Component>();
        collect(in, className, found);
        return found;
    }

    private static void collect(Component in, String className, List<Component> found) {
        if (in.getElement().getClassList().contains(className)) {
            found.add(in);
        }
        in.getChildren().forEach(child -> collect(child, className, found));
    }

    private static String text(Component component) {
        return ViewTestText.of(component);
    }
}
