package org.prawat.ui.requests;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.audit.FindOpenCorrectionRequests;
import org.prawat.api.audit.OpenCorrectionRequest;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RejectCorrectionRequest;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.Role;
import org.prawat.ui.forms.EntryActions;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.views.FakeCommands;
import org.prawat.ui.views.FakeQueries;
import org.prawat.ui.views.ViewTest;

class CorrectionQueueViewTest extends ViewTest {

    private static final EmployeeId SUPAPORN = new EmployeeId("e-supaporn");
    private static final OrganisationUnitId SONGKHLA = new OrganisationUnitId("u-songkhla");
    private static final OpenCorrectionRequest HOURS = new OpenCorrectionRequest(
            new CorrectionRequestId("r-hours"),
            SUPAPORN,
            "นางสาวสุภาพร ศรีทอง",
            "t-1",
            RecordKind.TRAINING,
            "จำนวนชั่วโมงอบรมควรเป็น 21 ชั่วโมง ตามวุฒิบัตร",
            "วุฒิบัตรเลขที่ สถ 0216/2567",
            LocalDate.of(2025, 3, 15));

    private final List<OpenCorrectionRequest> open = new ArrayList<>(List.of(HOURS));
    private final FakeCommands commands = new FakeCommands();
    private final FakeQueries queries = new FakeQueries()
            .answer(FindOpenCorrectionRequests.class, q -> List.copyOf(open))
            .answer(FindCaseHistory.class, q -> Optional.of(history()));

    @Test
    void the_queue_lists_the_open_requests_of_the_officers_scope() {
        var scope = Scope.of(List.of(SONGKHLA));
        signIn(new CurrentUser("hr.somsri", Role.HR_OFFICER, scope, null));

        var grid = queue();

        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains(
                        "นางสาวสุภาพร ศรีทอง",
                        "การพัฒนา t-1",
                        "จำนวนชั่วโมงอบรมควรเป็น 21 ชั่วโมง ตามวุฒิบัตร",
                        "วุฒิบัตรเลขที่ สถ 0216/2567",
                        "15 มี.ค. 2568");
        assertThat(queries.lastAsked(FindOpenCorrectionRequests.class).scope()).isEqualTo(scope);
    }

    @Test
    void rejecting_sends_the_reason_and_the_request_leaves_the_queue_once_decided() {
        signIn(new CurrentUser("hr.somsri", Role.HR_OFFICER, Scope.everything(), null));
        var grid = queue();

        _click(_get(actions(grid), Button.class, spec -> spec.withClasses("request-reject")));
        _setValue(_get(TextArea.class, spec -> spec.withId("reject-request-reason")), "วุฒิบัตรระบุ 18 ชั่วโมง ");
        _click(_get(Button.class, spec -> spec.withId("reject-request-form-submit")));

        var sent = commands.sent(RejectCorrectionRequest.class);
        assertThat(sent)
                .containsExactly(new RejectCorrectionRequest(
                        SUPAPORN, HOURS.requestId(), "วุฒิบัตรระบุ 18 ชั่วโมง", "hr.somsri"));
        assertThat(commands.sent().get(0).getMetaData()).containsEntry(MetaDataKeys.ISSUED_BY, "hr.somsri");
        assertThat(UI.getCurrent().getPollInterval())
                .as("waits for the decision to be projected")
                .isPositive();

        open.clear();
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(GridKt._size(grid)).isZero();
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }

    @Test
    void a_rejection_without_a_reason_is_not_sent() {
        signIn(new CurrentUser("hr.somsri", Role.HR_OFFICER, Scope.everything(), null));
        var grid = queue();

        _click(_get(actions(grid), Button.class, spec -> spec.withClasses("request-reject")));
        _click(_get(Button.class, spec -> spec.withId("reject-request-form-submit")));

        assertThat(commands.sent()).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("reject-request-reason"))
                        .getErrorMessage())
                .isEqualTo("กรุณาระบุเหตุผลที่ไม่อนุมัติ");
    }

    @Test
    void approving_opens_the_correction_of_the_requested_record_naming_the_request() {
        signIn(new CurrentUser("hr.somsri", Role.HR_OFFICER, Scope.everything(), null));
        var grid = queue();

        try (var entryActions = Mockito.mockStatic(EntryActions.class)) {
            _click(_get(actions(grid), Button.class, spec -> spec.withClasses("request-approve")));

            entryActions.verify(() -> EntryActions.openCorrection(
                    any(), any(), eq(SUPAPORN), eq(history().entries().get(0)), eq(HOURS.requestId()), any()));
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<OpenCorrectionRequest> queue() {
        show(new CorrectionQueueView(commands.gateway(), queries.gateway()));
        return _get(Grid.class, spec -> spec.withId("correction-requests"));
    }

    private static HorizontalLayout actions(Grid<OpenCorrectionRequest> grid) {
        return (HorizontalLayout) GridKt._getCellComponent(grid, 0, "actions");
    }

    private static CaseHistory history() {
        var training = new TimelineEntry(
                "t-1",
                SUPAPORN,
                "นางสาวสุภาพร ศรีทอง",
                SONGKHLA,
                PersonnelType.SUBDISTRICT_STAFF,
                "ปฏิบัติการ",
                TimelineEntryKind.TRAINING,
                LocalDate.of(2024, 10, 1),
                Instant.parse("2024-10-04T03:00:00Z"),
                null,
                "การอบรมเพื่อเสริมสมรรถนะ",
                "",
                Map.of("hours", "18"),
                EntryStatus.ACTIVE,
                List.of(),
                null);
        return new CaseHistory(
                SUPAPORN,
                "นางสาวสุภาพร ศรีทอง",
                "นักทรัพยากรบุคคล",
                "ปฏิบัติการ",
                PersonnelType.SUBDISTRICT_STAFF,
                SONGKHLA,
                List.of(training));
    }
}
