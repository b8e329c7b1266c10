package org.prawat.ui.team;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.history.TeamTimelinePage;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.OrganisationUnitNode;
import org.prawat.api.organisation.OrganisationUnitTree;
import org.prawat.ui.common.BuddhistDateField;
import org.prawat.ui.layout.MainLayout;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.session.Roles;

/**
 * A manager's start page: every record of the people in the chosen unit and the units below it,
 * newest first and grouped by month, narrowed by a date range and kinds. Thousands of entries are
 * read a page at a time, only as the list scrolls to them.
 */
@RolesAllowed({Roles.HR_OFFICER, Roles.MANAGER, Roles.AUDITOR})
@Route(value = "team", layout = MainLayout.class)
public class TeamTimelineView extends SplitLayout implements HasDynamicTitle {

    private final QueryGateway queries;
    private final UnitTree units = new UnitTree();
    private final BuddhistDateField from = new BuddhistDateField(getTranslation("team.from"));
    private final BuddhistDateField to = new BuddhistDateField(getTranslation("team.to"));
    private final MultiSelectComboBox<TimelineEntryKind> kinds = new MultiSelectComboBox<>();
    private final TeamFilters filters = new TeamFilters();
    private final Span total = new Span();
    private final Grid<TeamRow> entries = new Grid<>();
    private TimelinePages pages;

    public TeamTimelineView(QueryGateway queries) {
        this.queries = queries;
        setSizeFull();
        addClassName("team-timeline");
        setSplitterPosition(25);

        from.setId("team-from");
        to.setId("team-to");
        kinds.setId("team-kinds");
        kinds.setLabel(getTranslation("team.kinds"));
        kinds.setItems(TimelineEntryKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation(TeamEntryCard.key(kind)));
        from.addValueChangeListener(e -> reload());
        to.addValueChangeListener(e -> reload());
        kinds.addValueChangeListener(e -> reload());
        filters.addChangeListener(this::reload);
        units.asSingleSelect().addValueChangeListener(e -> reload());

        total.setId("team-total");
        entries.setId("team-entries");
        entries.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS);
        entries.addColumn(new ComponentRenderer<>(row -> new TeamEntryCard(row, getLocale())))
                .setKey("entry");
        entries.setPageSize(TimelinePages.PAGE_SIZE);
        entries.setSizeFull();

        var criteria = new HorizontalLayout(from, to, kinds);
        criteria.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        criteria.addClassName("team-criteria");
        var timeline = new VerticalLayout(new H2(getTranslation("team.title")), criteria, filters, total, entries);
        timeline.setSizeFull();
        addToPrimary(units);
        addToSecondary(timeline);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (units.getTreeData().getRootItems().isEmpty()) {
            units.show(queries.query(
                            new FindOrganisationUnits(CurrentUser.get().scope()),
                            ResponseTypes.instanceOf(OrganisationUnitTree.class))
                    .join()
                    .units());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }

    private void reload() {
        OrganisationUnitNode unit = units.asSingleSelect().getValue();
        if (unit == null) {
            pages = null;
            total.setText(getTranslation("team.choose-unit"));
            entries.setItems();
            return;
        }
        pages = new TimelinePages(page -> read(unit, page));
        total.setText(getTranslation("team.total", pages.total()));
        var current = pages;
        entries.setItems(query -> current.rows(query.getOffset(), query.getLimit()), query -> (int) current.total());
    }

    private TeamTimelinePage read(OrganisationUnitNode unit, int page) {
        return queries.query(
                        new FindTeamTimeline(
                                unit.unitId(),
                                from.getValue(),
                                to.getValue(),
                                kinds.getValue(),
                                filters.value(),
                                page,
                                TimelinePages.PAGE_SIZE,
                                CurrentUser.get().scope()),
                        ResponseTypes.instanceOf(TeamTimelinePage.class))
                .join();
    }
}
