package org.prawat.ui.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.Scope;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.search.SearchFacet;
import org.prawat.api.search.SearchHit;
import org.prawat.api.search.SearchHitType;
import org.prawat.api.search.SearchOrder;
import org.prawat.api.search.SearchResult;
import org.prawat.api.security.Role;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.views.FakeQueries;
import org.prawat.ui.views.ViewTest;

class SearchViewTest extends ViewTest {

    private static final SearchHit TRAINING = new SearchHit(
            SearchHitType.RECORD,
            "t-service",
            "บริการประชาชนด้วยใจ อบจ.สงขลายุคใหม่",
            "ติวเข้มมุ่งสู่การเป็น<mark>พนักงานมืออาชีพ</mark> <script>alert(1)</script>",
            new EmployeeId("supaporn"),
            "นางสาวสุภาพร ศรีสุข",
            "TRAINING",
            LocalDate.of(2025, 3, 14));
    private static final Map<SearchFacet, Map<String, Long>> FACETS = Map.of(
            SearchFacet.KIND, Map.of("TRAINING", 3L, "EVALUATION", 1L),
            SearchFacet.FISCAL_YEAR, Map.of("2568", 4L));

    private final FakeQueries queries =
            new FakeQueries().answer(SearchEverything.class, q -> new SearchResult(List.of(TRAINING), 4, FACETS));

    @BeforeEach
    void hrSignsIn() {
        signIn(new CurrentUser("hr.somsri", Role.HR_OFFICER, Scope.everything(), null));
    }

    @Test
    void a_facet_chip_shows_its_count_and_narrows_the_next_query() {
        show(new SearchView(queries.gateway()));
        _setValue(_get(TextField.class, spec -> spec.withId("search-text")), "มืออาชีพ");

        var chip = chip("FISCAL_YEAR", "2568");
        assertThat(chip.getText()).isEqualTo("ปีงบประมาณ 2568 (4)");
        _click(chip);

        var asked = queries.lastAsked(SearchEverything.class);
        assertThat(asked.text()).isEqualTo("มืออาชีพ");
        assertThat(asked.filters().fiscalYear()).isEqualTo(new FiscalYear(2568));
        assertThat(asked.scope()).isEqualTo(Scope.everything());
        assertThat(activeFilters()).extracting(Button::getText).containsExactly("ปีงบประมาณ 2568");
    }

    @Test
    void an_active_filter_is_removed_by_clicking_it() {
        show(new SearchView(queries.gateway()));
        _click(chip("KIND", "TRAINING"));
        assertThat(queries.lastAsked(SearchEverything.class).filters().kinds()).containsExactly("TRAINING");

        _click(activeFilters().get(0));

        assertThat(queries.lastAsked(SearchEverything.class).filters().kinds()).isEmpty();
        assertThat(activeFilters()).isEmpty();
    }

    @Test
    void the_words_found_are_marked_and_a_script_in_a_snippet_is_shown_as_text() {
        show(new SearchView(queries.gateway()));

        var snippet = _get(Div.class, spec -> spec.withClasses("hit-snippet"));
        assertThat(_find(snippet, Mark.class)).extracting(Mark::getText).containsExactly("พนักงานมืออาชีพ");
        assertThat(snippet.getElement().getTextRecursively()).contains("<script>alert(1)</script>");
        assertThat(snippet.getElement().getChildren())
                .noneMatch(child -> child.getTag().equals("script"));
    }

    @Test
    void a_hit_shows_its_kind_buddhist_era_date_and_whose_it_is() {
        show(new SearchView(queries.gateway()));

        var hit = _get(Div.class, spec -> spec.withClasses("search-hit"));
        assertThat(hit.getElement().getTextRecursively())
                .contains("การพัฒนา")
                .contains("14 มีนาคม 2568")
                .contains("นางสาวสุภาพร ศรีสุข")
                .contains("บริการประชาชนด้วยใจ อบจ.สงขลายุคใหม่");
        assertThat(_get(Component.class, spec -> spec.withId("search-total"))
                        .getElement()
                        .getText())
                .isEqualTo("พบ 4 รายการ");
    }

    @Test
    void newest_first_asks_for_date_order() {
        show(new SearchView(queries.gateway()));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<SearchOrder> order = _get(RadioButtonGroup.class, spec -> spec.withId("search-order"));
        _setValue(order, SearchOrder.DATE);

        assertThat(queries.lastAsked(SearchEverything.class).order()).isEqualTo(SearchOrder.DATE);
    }

    @Test
    void more_hits_are_loaded_a_page_at_a_time() {
        var page =
                IntStream.range(0, SearchView.PAGE_SIZE).mapToObj(i -> TRAINING).toList();
        queries.answer(SearchEverything.class, q -> new SearchResult(page, 45, Map.of()));
        show(new SearchView(queries.gateway()));

        _click(_get(Button.class, spec -> spec.withId("search-more")));

        assertThat(queries.lastAsked(SearchEverything.class).page()).isEqualTo(1);
        assertThat(_find(Div.class, spec -> spec.withClasses("search-hit"))).hasSize(2 * SearchView.PAGE_SIZE);
    }

    @Test
    void the_chips_speak_english_when_the_user_does() {
        speak(org.prawat.ui.i18n.PrawatTranslations.ENGLISH);
        show(new SearchView(queries.gateway()));

        assertThat(chip("KIND", "TRAINING").getText()).isEqualTo("Training (3)");
    }

    private static Button chip(String facet, String value) {
        return _get(Button.class, spec -> spec.withClasses("facet-chip")
                .withAttribute("data-facet", facet)
                .withAttribute("data-value", value));
    }

    private static List<Button> activeFilters() {
        return _find(Button.class, spec -> spec.withClasses("active-filter"));
    }
}
