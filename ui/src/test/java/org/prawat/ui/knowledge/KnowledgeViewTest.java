package org.prawat.ui.knowledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;
import org.prawat.api.knowledge.FindPeopleWhoKnow;
import org.prawat.api.knowledge.KnowledgeHit;
import org.prawat.api.knowledge.KnowledgeKind;
import org.prawat.api.knowledge.KnowledgeSearchResult;
import org.prawat.api.knowledge.KnowledgeablePersonHit;
import org.prawat.api.knowledge.PeopleWhoKnow;
import org.prawat.api.knowledge.SearchKnowledge;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.Role;
import org.prawat.ui.i18n.PrawatTranslations;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.views.FakeQueries;
import org.prawat.ui.views.ViewTest;

class KnowledgeViewTest extends ViewTest {

    private static final EmployeeId SUPAPORN = new EmployeeId("supaporn");
    private static final KnowledgeHit REPORT = new KnowledgeHit(
            KnowledgeKind.TRAINING_REPORT,
            "service-mind-supaporn",
            "การบริการประชาชนด้วยใจ",
            "นำหลัก<em>บริการ</em>ด้วยใจมาใช้ <script>alert(1)</script>",
            SUPAPORN,
            "นางสาวสุภาพร ศรีสุข",
            List.of(),
            LocalDate.of(2026, 10, 2),
            false);
    private static final KnowledgeHit COURSE = new KnowledgeHit(
            KnowledgeKind.COURSE,
            "service-mind-2569",
            "การบริการประชาชนด้วยใจ",
            "หลักสูตร<em>บริการ</em>",
            null,
            null,
            List.of("นายไพเจน มากสุวรรณ์", "นางสาวดวงใจ ทองดี"),
            LocalDate.of(2026, 9, 23),
            false);

    private final Scope scope = Scope.of(List.of(new OrganisationUnitId("songkhla-pao")));
    private final FakeQueries queries = new FakeQueries()
            .answer(
                    SearchKnowledge.class,
                    q -> new KnowledgeSearchResult(List.of(REPORT, COURSE), 2, q.page(), q.size()));

    @BeforeEach
    void signInAsManager() {
        signIn(new CurrentUser("somchai.manager", Role.MANAGER, scope, null));
        show(new KnowledgeView(queries.gateway()));
    }

    private static Component hit(int index) {
        @SuppressWarnings("unchecked")
        Grid<KnowledgeHit> grid = _get(Grid.class, spec -> spec.withId("knowledge-hits"));
        return GridKt._getCellComponent(grid, index, "hit");
    }

    @Test
    void a_report_links_its_author_to_their_case_file() {
        var author = _get(hit(0), Anchor.class, spec -> spec.withClasses("knowledge-author"));

        assertThat(author.getText()).isEqualTo("นางสาวสุภาพร ศรีสุข");
        assertThat(author.getHref()).isEqualTo("employees/supaporn");
        assertThat(_get(hit(0), Span.class, spec -> spec.withClasses("knowledge-kind"))
                        .getText())
                .isEqualTo("รายงานผลการพัฒนา");
    }

    @Test
    void a_course_shows_its_trainers() {
        assertThat(_get(hit(1), Span.class, spec -> spec.withClasses("knowledge-trainers"))
                        .getText())
                .isEqualTo("วิทยากร: นายไพเจน มากสุวรรณ์, นางสาวดวงใจ ทองดี");
        assertThat(_find(hit(1), Anchor.class)).isEmpty();
    }

    @Test
    void matched_words_are_marked_as_text_and_markup_typed_by_users_stays_text() {
        var snippet = _get(hit(0), Div.class, spec -> spec.withClasses("knowledge-snippet"));

        assertThat(_find(snippet, Span.class))
                .extracting(Span::getText)
                .containsExactly("นำหลัก", "บริการ", "ด้วยใจมาใช้ <script>alert(1)</script>");
        assertThat(_get(snippet, Span.class, spec -> spec.withClasses("snippet-mark"))
                        .getText())
                .isEqualTo("บริการ");
    }

    @Test
    void the_search_asks_for_the_words_kinds_and_archived_items_within_the_users_scope() {
        _setValue(_get(TextField.class, spec -> spec.withId("knowledge-search")), "บริการ ประชาชน");
        _setValue(
                _get(CheckboxGroup.class, spec -> spec.withId("knowledge-kinds")),
                Set.of(KnowledgeKind.KNOWLEDGE_ITEM));
        _setValue(_get(Checkbox.class, spec -> spec.withId("knowledge-archived")), true);

        var asked = queries.lastAsked(SearchKnowledge.class);
        assertThat(asked.text()).isEqualTo("บริการ ประชาชน");
        assertThat(asked.kinds()).containsExactly(KnowledgeKind.KNOWLEDGE_ITEM);
        assertThat(asked.includeArchived()).isTrue();
        assertThat(asked.scope()).isEqualTo(scope);
        assertThat(_get(Span.class, spec -> spec.withId("knowledge-total")).getText())
                .isEqualTo("พบ 2 รายการ");
    }

    @Test
    void who_knows_lists_the_people_with_links_to_those_on_record() {
        queries.answer(
                FindPeopleWhoKnow.class,
                q -> new PeopleWhoKnow(
                        q.topic(),
                        List.of(
                                new KnowledgeablePersonHit(
                                        SUPAPORN, "นางสาวสุภาพร ศรีสุข", 2, 1, 0, "<em>สารบรรณ</em>"),
                                new KnowledgeablePersonHit(null, "นายไพเจน มากสุวรรณ์", 0, 0, 3, null))));
        _setValue(_get(TextField.class, spec -> spec.withId("who-knows-topic")), "งานสารบรรณ");

        _click(_get(Button.class, spec -> spec.withId("who-knows-find")));

        assertThat(queries.lastAsked(FindPeopleWhoKnow.class).topic()).isEqualTo("งานสารบรรณ");
        var people = _get(Div.class, spec -> spec.withId("who-knows-people"));
        assertThat(_find(people, Anchor.class)).extracting(Anchor::getHref).containsExactly("employees/supaporn");
        assertThat(_find(people, Span.class, spec -> spec.withClasses("knowledgeable-counts")))
                .extracting(Span::getText)
                .containsExactly(
                        "รายงาน 2 · องค์ความรู้ 1 · เป็นวิทยากร 0 หลักสูตร",
                        "รายงาน 0 · องค์ความรู้ 0 · เป็นวิทยากร 3 หลักสูตร");
    }

    @Test
    void every_kind_has_a_name_in_both_languages() {
        for (var locale : List.of(PrawatTranslations.THAI, PrawatTranslations.ENGLISH)) {
            for (KnowledgeKind kind : KnowledgeKind.values()) {
                assertThat(PrawatTranslations.keys(locale)).contains(KnowledgeCard.key(kind));
            }
        }
    }
}
