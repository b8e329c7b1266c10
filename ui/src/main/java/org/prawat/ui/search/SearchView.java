package org.prawat.ui.search;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.search.SearchFacet;
import org.prawat.api.search.SearchOrder;
import org.prawat.api.search.SearchResult;
import org.prawat.ui.layout.MainLayout;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.session.Roles;

/**
 * One box over people, records and knowledge. Facet chips count what the current search holds and
 * narrow the next one; hits come a page at a time, more on request.
 */
@RolesAllowed({Roles.HR_OFFICER, Roles.MANAGER, Roles.AUDITOR})
@Route(value = "search", layout = MainLayout.class)
public class SearchView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final QueryGateway queries;
    private final TextField text = new TextField();
    private final RadioButtonGroup<SearchOrder> order = new RadioButtonGroup<>();
    private final ChosenFilters chosen = new ChosenFilters();
    private final Div active = new Div();
    private final Div facets = new Div();
    private final Span total = new Span();
    private final Div hits = new Div();
    private final Button more = new Button();
    private int page;

    public SearchView(QueryGateway queries) {
        this.queries = queries;
        text.setId("search-text");
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setWidth("36em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> search());
        order.setId("search-order");
        order.setItems(SearchOrder.values());
        order.setItemLabelGenerator(o ->
                o == SearchOrder.DATE ? getTranslation("search.order.date") : getTranslation("search.order.relevance"));
        order.setValue(SearchOrder.RELEVANCE);
        order.addValueChangeListener(e -> search());
        active.setId("search-active-filters");
        active.addClassName("search-chips");
        facets.setId("search-facets");
        total.setId("search-total");
        hits.setId("search-hits");
        more.setId("search-more");
        more.setText(getTranslation("search.more"));
        more.addClickListener(e -> showPage(page + 1));
        add(
                new H2(getTranslation("search.title")),
                new HorizontalLayout(text, order),
                active,
                facets,
                total,
                hits,
                more);
        search();
    }

    /** Runs the search afresh from its first page, with the text, order and chosen filters. */
    void search() {
        hits.removeAll();
        var result = showPage(0);
        showFacets(result);
        showActiveFilters();
        total.setText(getTranslation("search.total", result.total()));
    }

    private SearchResult showPage(int number) {
        page = number;
        var result = queries.query(
                        new SearchEverything(
                                text.getValue(),
                                chosen.toFilters(),
                                number,
                                PAGE_SIZE,
                                order.getValue(),
                                CurrentUser.get().scope()),
                        ResponseTypes.instanceOf(SearchResult.class))
                .join();
        result.hits().forEach(hit -> hits.add(new SearchHitCard(hit)));
        more.setVisible((long) (number + 1) * PAGE_SIZE < result.total());
        return result;
    }

    /**
     * A 35-year career spans 35 fiscal years: more chips than anyone reads. The most frequent (then
     * the latest) are shown; a chosen filter stays visible among the active filters anyway.
     */
    static final int MAX_CHIPS_PER_FACET = 8;

    private void showFacets(SearchResult result) {
        facets.removeAll();
        for (SearchFacet facet : SearchFacet.values()) {
            Map<String, Long> counts = result.facets().getOrDefault(facet, Map.of());
            if (counts.isEmpty()) {
                continue;
            }
            var row = new Div(new Span(FacetLabels.facet(this, facet)));
            row.addClassName("search-chips");
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(
                                    Map.Entry.<String, Long>comparingByKey().reversed()))
                    .limit(MAX_CHIPS_PER_FACET)
                    .forEach(count -> row.add(chip(facet, count.getKey(), count.getValue())));
            facets.add(row);
        }
    }

    private Button chip(SearchFacet facet, String value, long count) {
        var chip = new Button(FacetLabels.value(this, facet, value) + " (" + count + ")", e -> toggle(facet, value));
        chip.addClassName("facet-chip");
        chip.getElement().setAttribute("data-facet", facet.name());
        chip.getElement().setAttribute("data-value", value);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (chosen.has(facet, value)) {
            chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return chip;
    }

    private void showActiveFilters() {
        active.removeAll();
        for (var filter : chosen.all()) {
            var remove = new Button(
                    FacetLabels.value(this, filter.getKey(), filter.getValue()),
                    VaadinIcon.CLOSE_SMALL.create(),
                    e -> toggle(filter.getKey(), filter.getValue()));
            remove.addClassName("active-filter");
            remove.getElement().setAttribute("data-facet", filter.getKey().name());
            remove.getElement().setAttribute("data-value", filter.getValue());
            remove.setIconAfterText(true);
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            active.add(remove);
        }
    }

    private void toggle(SearchFacet facet, String value) {
        chosen.toggle(facet, value);
        search();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
