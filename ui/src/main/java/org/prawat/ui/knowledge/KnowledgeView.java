package org.prawat.ui.knowledge;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.knowledge.KnowledgeHit;
import org.prawat.api.knowledge.KnowledgeKind;
import org.prawat.api.knowledge.KnowledgeSearchResult;
import org.prawat.api.knowledge.SearchKnowledge;
import org.prawat.ui.layout.MainLayout;
import org.prawat.ui.session.CurrentUser;

/**
 * The organisation's knowledge, searchable by any Thai word: the course catalogue with trainers,
 * post-training reports and knowledge items linked to their authors, and who knows about a topic.
 */
@PermitAll
@Route(value = "knowledge", layout = MainLayout.class)
public class KnowledgeView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final QueryGateway queries;
    private final TextField text = new TextField();
    private final CheckboxGroup<KnowledgeKind> kinds = new CheckboxGroup<>();
    private final Checkbox archived = new Checkbox();
    private final Span total = new Span();
    private final Grid<KnowledgeHit> hits = new Grid<>();

    public KnowledgeView(QueryGateway queries) {
        this.queries = queries;
        setSizeFull();
        addClassName("knowledge");

        text.setId("knowledge-search");
        text.setPlaceholder(getTranslation("knowledge.search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setWidth("32em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        kinds.setId("knowledge-kinds");
        kinds.setItems(KnowledgeKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation(KnowledgeCard.key(kind)));
        archived.setId("knowledge-archived");
        archived.setLabel(getTranslation("knowledge.include-archived"));
        text.addValueChangeListener(e -> reload());
        kinds.addValueChangeListener(e -> reload());
        archived.addValueChangeListener(e -> reload());

        total.setId("knowledge-total");
        hits.setId("knowledge-hits");
        hits.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        hits.addColumn(new ComponentRenderer<>(hit -> new KnowledgeCard(hit, getLocale())))
                .setKey("hit");
        hits.setPageSize(PAGE_SIZE);
        hits.setSizeFull();

        var criteria = new HorizontalLayout(text, kinds, archived);
        criteria.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        var results = new VerticalLayout(criteria, total, hits);
        results.setPadding(false);
        results.setSizeFull();
        var page = new HorizontalLayout(results, new PeopleWhoKnowPanel(queries));
        page.setSizeFull();
        page.setFlexGrow(3, results);
        add(new H2(getTranslation("knowledge.title")), page);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowledge.title");
    }

    private void reload() {
        long found = search(0, 1).total();
        total.setText(getTranslation("knowledge.total", found));
        hits.setItems(
                query -> hits(query.getOffset(), query.getLimit()), query -> (int) Math.min(found, Integer.MAX_VALUE));
    }

    /** The hits from {@code offset}, read in whole pages of {@link #PAGE_SIZE} as the search pages them. */
    private Stream<KnowledgeHit> hits(int offset, int limit) {
        int first = offset / PAGE_SIZE;
        int last = (offset + Math.max(limit, 1) - 1) / PAGE_SIZE;
        return IntStream.rangeClosed(first, last)
                .mapToObj(page -> search(page, PAGE_SIZE).hits())
                .flatMap(List::stream)
                .skip(offset - (long) first * PAGE_SIZE)
                .limit(limit);
    }

    private KnowledgeSearchResult search(int page, int size) {
        return queries.query(
                        new SearchKnowledge(
                                text.getValue(),
                                kinds.getValue(),
                                archived.getValue(),
                                page,
                                size,
                                CurrentUser.get().scope()),
                        ResponseTypes.instanceOf(KnowledgeSearchResult.class))
                .join();
    }
}
