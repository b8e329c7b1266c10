package org.prawat.ui.audit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.rebuild.FindRebuildProgress;
import org.prawat.api.rebuild.RebuildProgress;
import org.prawat.api.rebuild.RebuildState;
import org.prawat.query.rebuild.ProjectionRebuild;
import org.prawat.query.rebuild.RebuildAlreadyRunning;
import org.prawat.ui.i18n.PrawatTranslations;

/**
 * Starts a rebuild of the read side and follows it live: the page polls the progress every second
 * while a rebuild runs (a rebuild runs on its own threads; the page only reads how far it got).
 */
class RebuildPanel extends VerticalLayout {

    static final int POLL_MILLIS = 1_000;

    private final QueryGateway queries;
    private final ProjectionRebuild rebuild;
    private final Button start = new Button();
    private final ProgressBar bar = new ProgressBar();
    private final Span state = new Span();
    private final Span counts = new Span();
    private final Span rate = new Span();
    private final Span eta = new Span();
    private final Span message = new Span();
    private Registration polling;

    RebuildPanel(QueryGateway queries, ProjectionRebuild rebuild) {
        this.queries = queries;
        this.rebuild = rebuild;
        setPadding(false);
        addClassName("audit-rebuild");

        start.setId("rebuild-start");
        start.setText(getTranslation("audit.rebuild.start"));
        start.addClickListener(e -> startRebuild());
        bar.setId("rebuild-progress");
        bar.setWidth("32em");
        state.setId("rebuild-state");
        counts.setId("rebuild-counts");
        rate.setId("rebuild-rate");
        eta.setId("rebuild-eta");
        message.setId("rebuild-message");
        add(start, bar, state, counts, rate, eta, message);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    private void startRebuild() {
        try {
            show(rebuild.start());
        } catch (RebuildAlreadyRunning running) {
            message.setText(getTranslation("audit.rebuild.already-running"));
        }
    }

    /** Reads the progress again; the page keeps polling only while a rebuild is under way. */
    void refresh() {
        show(queries.query(new FindRebuildProgress(), ResponseTypes.instanceOf(RebuildProgress.class))
                .join());
    }

    private void show(RebuildProgress progress) {
        boolean running = progress.state() == RebuildState.RUNNING || progress.state() == RebuildState.SWITCHING;
        bar.setIndeterminate(running && progress.total() == 0);
        bar.setValue(
                progress.total() == 0
                        ? (progress.state() == RebuildState.DONE ? 1 : 0)
                        : Math.min(1, (double) progress.done() / progress.total()));
        state.setText(getTranslation("audit.rebuild.state") + ": " + stateName(progress.state()));
        counts.setText(getTranslation("audit.rebuild.counts", progress.done(), progress.total()));
        rate.setText(getTranslation("audit.rebuild.rate", Math.round(progress.eventsPerSecond())));
        eta.setText(progress.eta() == null ? "" : getTranslation("audit.rebuild.eta", minutesSeconds(progress.eta())));
        message.setText(inLanguage(progress.message()));
        start.setEnabled(!running);
        UI.getCurrent().setPollInterval(running ? POLL_MILLIS : -1);
    }

    private String stateName(RebuildState value) {
        return switch (value) {
            case IDLE -> getTranslation("audit.rebuild.state.idle");
            case RUNNING -> getTranslation("audit.rebuild.state.running");
            case SWITCHING -> getTranslation("audit.rebuild.state.switching");
            case DONE -> getTranslation("audit.rebuild.state.done");
            case FAILED -> getTranslation("audit.rebuild.state.failed");
        };
    }

    private static String minutesSeconds(Duration duration) {
        return String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart());
    }

    /** The progress message is "ไทย / English"; the user reads one of them. */
    private String inLanguage(String both) {
        if (both == null) {
            return "";
        }
        int slash = both.indexOf(" / ");
        if (slash < 0) {
            return both;
        }
        return PrawatTranslations.isThai(getLocale()) ? both.substring(0, slash) : both.substring(slash + 3);
    }
}
