package org.prawat.ui.casefile;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.OrganisationUnitTree;
import org.prawat.ui.common.ThaiDates;
import org.prawat.ui.forms.CaseFileActions;
import org.prawat.ui.forms.EntryActions;
import org.prawat.ui.session.CurrentUser;

/**
 * The case file of one employee as the signed-in user may see it. After a form recorded something
 * the projection catches up on its own time, so the case file reads itself again every half second
 * until the history changed (for at most {@value #MAX_POLLS} polls).
 */
public class CaseFile extends Div {

    static final int POLL_MILLIS = 500;
    static final int MAX_POLLS = 40;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EmployeeId employeeId;
    private final LocalDate today;
    private final Div timeline = new Div();
    private final CheckboxGroup<TimelineEntryKind> kinds = new CheckboxGroup<>();
    /** What the user unticked; everything else, even a kind recorded since, is shown. */
    private final Set<TimelineEntryKind> hiddenKinds = new HashSet<>();
    /** True while the view itself sets the filter, which is not the user hiding anything. */
    private boolean showingKinds;
    /** Entries drawn at first, and added by each press of "more". */
    static final int PAGE = 15;

    private final Button more = new Button();

    private CaseHistory shown;
    private Registration polling;
    private int polls;

    public CaseFile(CommandGateway commands, QueryGateway queries, EmployeeId employeeId, LocalDate today) {
        this.commands = commands;
        this.queries = queries;
        this.employeeId = employeeId;
        this.today = today;
        addClassName("case-file");
        timeline.setId("timeline");
        timeline.addClassName("timeline");
        kinds.setId("kind-filter");
        kinds.setLabel(getTranslation("casefile.filter.kinds"));
        kinds.setItemLabelGenerator(kind -> getTranslation(KindIcons.nameKey(kind)));
        kinds.addValueChangeListener(e -> {
            if (!showingKinds) {
                rememberHiddenKinds();
                fillTimeline();
            }
        });
        more.setId("timeline-more");
        more.addClickListener(e -> drawMore(PAGE));
        // The unit tree is read while the case file is: the header needs both.
        var units = unitTree();
        render(read(), units);
    }

    /** The case file as shown now; empty when there is none the user may see. */
    public Optional<CaseHistory> shown() {
        return Optional.ofNullable(shown);
    }

    private Optional<CaseHistory> read() {
        return queries.query(
                        new FindCaseHistory(employeeId, CurrentUser.get().scope()),
                        ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join();
    }

    /** The case file read again while it is open: marked, so the read log does not count it as an opening. */
    private Optional<CaseHistory> reread() {
        return queries.query(
                        new GenericMessage<>(
                                new FindCaseHistory(
                                        employeeId, CurrentUser.get().scope()),
                                MetaData.with(MetaDataKeys.REREAD, true)),
                        ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join();
    }

    private void render(Optional<CaseHistory> found, CompletableFuture<OrganisationUnitTree> units) {
        removeAll();
        shown = found.orElse(null);
        if (shown == null) {
            var missing = new Span(getTranslation("casefile.not-found"));
            missing.setId("case-file-missing");
            add(missing);
            return;
        }
        var actions = new CaseFileActions(commands, queries, shown, this::watchForChange);
        add(
                new CaseFileHeader(shown, unitName(shown, units), today, actions),
                CaseFileDownload.link(queries, employeeId, getTranslation("casefile.download")),
                new CaseFileCharts(shown));
        var present = new LinkedHashSet<TimelineEntryKind>();
        shown.entries().forEach(e -> present.add(e.kind()));
        // Kinds the user has not unticked are shown, including a kind that just appeared.
        var selected = new LinkedHashSet<>(present);
        selected.removeAll(hiddenKinds);
        showingKinds = true;
        kinds.setItems(present);
        kinds.setValue(Set.copyOf(selected));
        showingKinds = false;
        fillTimeline();
        add(kinds, timeline, more);
    }

    /**
     * The newest {@code shown} entries of the kinds ticked. A long career has hundreds of entries;
     * drawing them all at once took the browser ~11 s for 514 (CaseFileRenderBenchmark), so the rest
     * are added a page at a time on request.
     */
    private void fillTimeline() {
        timeline.removeAll();
        drawMore(PAGE);
    }

    /** Adds the next {@code count} entries of the kinds ticked below those already drawn. */
    private void drawMore(int count) {
        var wanted = kinds.getValue();
        var entries = shown.entries().stream()
                .filter(entry -> wanted.contains(entry.kind()))
                .toList();
        int drawn = (int) timeline.getChildren().count();
        entries.stream()
                .skip(drawn)
                .limit(count)
                .forEach(entry -> timeline.add(new TimelineEntryCard(
                        entry, EntryActions.forEntry(commands, queries, employeeId, entry, this::watchForChange))));
        int remaining = entries.size() - (int) timeline.getChildren().count();
        more.setVisible(remaining > 0);
        more.setText(getTranslation("casefile.timeline.more", Math.min(PAGE, remaining), remaining));
    }

    private void rememberHiddenKinds() {
        var wanted = kinds.getValue();
        hiddenKinds.clear();
        kinds.getListDataView()
                .getItems()
                .filter(kind -> !wanted.contains(kind))
                .forEach(hiddenKinds::add);
    }

    /** The unit's current name; the header shows none rather than fail when the tree cannot be read. */
    private String unitName(CaseHistory history, CompletableFuture<OrganisationUnitTree> units) {
        if (history.unitId() == null) {
            return null;
        }
        try {
            return units.join().units().stream()
                    .filter(unit -> unit.unitId().equals(history.unitId()))
                    .map(unit -> unit.name())
                    .findFirst()
                    .orElse(null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private CompletableFuture<OrganisationUnitTree> unitTree() {
        return queries.query(
                new FindOrganisationUnits(CurrentUser.get().scope()),
                ResponseTypes.instanceOf(OrganisationUnitTree.class));
    }

    /** Re-reads the case file on every poll until it differs from the one shown. */
    void watchForChange() {
        var ui = UI.getCurrent();
        stopWatching();
        polls = 0;
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> {
            var now = reread();
            if (!now.equals(Optional.ofNullable(shown))) {
                render(now, unitTree());
                stopWatching();
            } else if (++polls >= MAX_POLLS) {
                stopWatching();
            }
        });
    }

    private void stopWatching() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWatching();
        super.onDetach(event);
    }

    static LocalDate todayInThailand() {
        return LocalDate.now(ThaiDates.BANGKOK);
    }
}
