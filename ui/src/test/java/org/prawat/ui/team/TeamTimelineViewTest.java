package org.prawat.ui.team;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TeamTimelinePage;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.OrganisationUnitTree;
import org.prawat.api.security.Role;
import org.prawat.ui.i18n.PrawatTranslations;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.views.FakeQueries;
import org.prawat.ui.views.ViewTest;

class TeamTimelineViewTest extends ViewTest {

    private final FakeQueries queries = new FakeQueries()
            .answer(
                    FindOrganisationUnits.class,
                    q -> new OrganisationUnitTree(List.of(TeamTestData.DISTRICT, TeamTestData.SUBDISTRICT)))
            .answer(FindTeamTimeline.class, q -> new TeamTimelinePage(List.of(), 0, q.page(), q.size()));

    private TeamTimelineView signedInManager() {
        signIn(new CurrentUser(
                "somchai.manager", Role.MANAGER, Scope.of(List.of(TeamTestData.DISTRICT.unitId())), null));
        return show(new TeamTimelineView(queries.gateway()));
    }

    @SuppressWarnings("unchecked")
    private static Grid<TeamRow> entries() {
        return _get(Grid.class, spec -> spec.withId("team-entries"));
    }

    private static Component row(int index) {
        return GridKt._getCellComponent(entries(), index, "entry");
    }

    private static String text(Component row, String className) {
        return _get(row, Span.class, spec -> spec.withClasses(className)).getText();
    }

    @Test
    void a_manager_starts_at_their_own_unit_and_sees_its_timeline_within_their_scope() {
        signedInManager();

        var asked = queries.lastAsked(FindTeamTimeline.class);
        assertThat(asked.unitId()).isEqualTo(TeamTestData.DISTRICT.unitId());
        assertThat(asked.scope().units()).containsExactly(TeamTestData.DISTRICT.unitId());
        assertThat(queries.lastAsked(FindOrganisationUnits.class).scope().units())
                .containsExactly(TeamTestData.DISTRICT.unitId());
    }

    @Test
    void choosing_a_unit_in_the_tree_asks_for_that_units_timeline() {
        signedInManager();
        @SuppressWarnings("unchecked")
        TreeGrid<org.prawat.api.organisation.OrganisationUnitNode> tree =
                _get(TreeGrid.class, spec -> spec.withId("units"));

        tree.select(TeamTestData.SUBDISTRICT);

        assertThat(queries.lastAsked(FindTeamTimeline.class).unitId()).isEqualTo(TeamTestData.SUBDISTRICT.unitId());
    }

    @Test
    void entries_are_grouped_under_buddhist_era_month_headings() {
        queries.answer(
                FindTeamTimeline.class,
                q -> new TeamTimelinePage(
                        List.of(
                                TeamTestData.training("t1", LocalDate.of(2026, 11, 15)),
                                TeamTestData.training("t2", LocalDate.of(2026, 11, 3)),
                                TeamTestData.training("t3", LocalDate.of(2026, 10, 20))),
                        3,
                        0,
                        q.size()));
        signedInManager();

        assertThat(_find(row(0), H3.class)).extracting(H3::getText).containsExactly("พฤศจิกายน 2569");
        assertThat(_find(row(1), H3.class)).isEmpty();
        assertThat(_find(row(2), H3.class)).extracting(H3::getText).containsExactly("ตุลาคม 2569");
        assertThat(text(row(0), "entry-date")).isEqualTo("15 พ.ย. 2569");
        assertThat(text(row(0), "entry-kind")).isEqualTo("การพัฒนา");
        assertThat(text(row(0), "entry-title")).isEqualTo("หลักสูตรการบริหารงานบุคคลส่วนท้องถิ่น");
        assertThat(_get(Span.class, spec -> spec.withId("team-total")).getText())
                .isEqualTo("ทั้งหมด 3 รายการ");
    }

    @Test
    void an_entry_links_its_employee_to_their_case_file_and_shows_an_evaluation_level() {
        queries.answer(
                FindTeamTimeline.class,
                q -> new TeamTimelinePage(
                        List.of(TeamTestData.evaluation("e1", LocalDate.of(2026, 10, 1), EvaluationLevel.VERY_GOOD)),
                        1,
                        0,
                        q.size()));
        signedInManager();

        var employee = _get(row(0), Anchor.class, spec -> spec.withClasses("entry-employee"));
        assertThat(employee.getText()).isEqualTo("นางสาวสุภาพร ศรีสุข");
        assertThat(employee.getHref()).isEqualTo("employees/" + TeamTestData.EMPLOYEE);
        assertThat(text(row(0), "entry-level")).isEqualTo("ดีมาก");
    }

    @Test
    void thousands_of_entries_are_read_a_page_at_a_time_only_as_the_list_reaches_them() {
        queries.answer(
                FindTeamTimeline.class,
                q -> new TeamTimelinePage(
                        IntStream.range(0, q.size())
                                .mapToObj(i -> TeamTestData.training(
                                        "t" + (q.page() * q.size() + i),
                                        LocalDate.of(2026, 11, 1).minusDays(q.page())))
                                .toList(),
                        5000,
                        q.page(),
                        q.size()));
        signedInManager();

        assertThat(_get(Span.class, spec -> spec.withId("team-total")).getText())
                .isEqualTo("ทั้งหมด 5,000 รายการ");
        assertThat(GridKt._size(entries())).isEqualTo(5000);
        assertThat(queries.asked(FindTeamTimeline.class))
                .extracting(FindTeamTimeline::page)
                .containsOnly(0);

        assertThat(GridKt._get(entries(), 2600).entry().entryId()).isEqualTo("t2600");

        // Row 2600 is on page 52; the row above it (page 51) tells whether it opens a month.
        assertThat(queries.asked(FindTeamTimeline.class))
                .extracting(FindTeamTimeline::page)
                .containsOnly(0, 51, 52)
                .doesNotHaveDuplicates();
    }

    @Test
    void choosing_kinds_narrows_the_timeline_to_them() {
        signedInManager();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<TimelineEntryKind> kinds =
                _get(MultiSelectComboBox.class, spec -> spec.withId("team-kinds"));

        _setValue(kinds, Set.of(TimelineEntryKind.TRAINING, TimelineEntryKind.EVALUATION));

        assertThat(queries.lastAsked(FindTeamTimeline.class).kinds())
                .containsExactlyInAnyOrder(TimelineEntryKind.TRAINING, TimelineEntryKind.EVALUATION);
    }

    @Test
    void every_personnel_type_has_a_name_in_both_languages() {
        for (var locale : List.of(PrawatTranslations.THAI, PrawatTranslations.ENGLISH)) {
            for (PersonnelType type : PersonnelType.values()) {
                assertThat(PrawatTranslations.keys(locale)).contains(TeamFilters.key(type));
            }
        }
    }
}
