package org.prawat.ui.attendance;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.course.CourseSessionSummary;
import org.prawat.api.course.CourseSessions;
import org.prawat.api.course.FindCourseSessions;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.employee.EmployeeHit;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.common.Refusal;
import org.prawat.ui.common.ThaiDates;
import org.prawat.ui.layout.MainLayout;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.session.Roles;

/**
 * HR records a course session's attendance: picks the session, gathers attendees by searching and
 * by pasting national IDs or employee ids, chooses the outcome and submits once. The command puts
 * the training into every case file or into none, so it runs in the background with a progress
 * bar, and a refusal is shown beside the list, which stays as it was for another try.
 */
@RolesAllowed(Roles.HR_OFFICER)
@Route(value = "attendance", layout = MainLayout.class)
public class BulkAttendanceView extends VerticalLayout implements HasDynamicTitle {

    /** How often the browser asks for the result while the command runs, in milliseconds. */
    static final int POLL_MILLIS = 500;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ComboBox<CourseSessionSummary> session = new ComboBox<>();
    private final AttendeePicker attendees;
    private final RadioButtonGroup<TrainingOutcome> outcome = new RadioButtonGroup<>();
    private final Button submit = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Paragraph refusal = new Paragraph();

    public BulkAttendanceView(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
        addClassName("bulk-attendance");
        attendees = new AttendeePicker(queries);

        session.setId("attendance-session");
        session.setLabel(getTranslation("attendance.session"));
        session.setWidth("40em");
        session.setItemLabelGenerator(this::describe);
        session.setItems(query -> sessions(query.getFilter().orElse("")).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));

        outcome.setId("attendance-outcome");
        outcome.setLabel(getTranslation("attendance.outcome"));
        outcome.setItems(TrainingOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation(key(value)));
        outcome.setValue(TrainingOutcome.PASSED);

        submit.setId("attendance-submit");
        submit.setText(getTranslation("attendance.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        progress.setId("attendance-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.setId("attendance-status");
        refusal.setId("attendance-refusal");
        refusal.addClassName("attendance-refusal");
        refusal.setVisible(false);

        add(
                new H2(getTranslation("attendance.title")),
                session,
                new HorizontalLayout(attendees, refusal),
                outcome,
                submit,
                progress,
                status);
    }

    /** The bundle key of an outcome's name. */
    static String key(TrainingOutcome value) {
        return "attendance.outcome." + value.name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.title");
    }

    private void submit() {
        List<EmployeeHit> chosen = attendees.value();
        session.setInvalid(session.getValue() == null);
        session.setErrorMessage(getTranslation("attendance.session.required"));
        attendees.requireSome();
        if (session.getValue() == null || chosen.isEmpty() || outcome.getValue() == null) {
            return;
        }
        var picked = session.getValue();
        var command = new RecordSessionAttendance(
                picked.courseId(),
                picked.sessionId(),
                chosen.stream().map(EmployeeHit::employeeId).toList(),
                outcome.getValue());
        running(chosen.size());
        var ui = UI.getCurrent();
        commands.send(CurrentUser.get().issue(command))
                .whenComplete((result, failure) -> ui.access(() -> finished(chosen.size(), failure)));
    }

    private void running(int count) {
        refusal.setVisible(false);
        submit.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("attendance.running", count));
        UI.getCurrent().setPollInterval(POLL_MILLIS);
    }

    private void finished(int count, Throwable failure) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        submit.setEnabled(true);
        if (failure == null) {
            status.setText(getTranslation("attendance.recorded", count));
            attendees.clear();
            return;
        }
        status.setText(getTranslation("attendance.nothing-recorded"));
        refusal.setText(Refusal.of(failure, getLocale()).message());
        refusal.setVisible(true);
    }

    private String describe(CourseSessionSummary s) {
        return s.courseTitle() + " · " + getTranslation("attendance.session.number", s.sessionNumber()) + " · "
                + ThaiDates.shortDate(s.startDate(), getLocale()) + " – "
                + ThaiDates.shortDate(s.endDate(), getLocale());
    }

    private List<CourseSessionSummary> sessions(String text) {
        return queries.query(new FindCourseSessions(text), ResponseTypes.instanceOf(CourseSessions.class))
                .join()
                .sessions();
    }
}
