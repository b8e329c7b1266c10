package org.prawat.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;
import org.prawat.api.security.AccessDenied;
import org.prawat.api.security.Actor;
import org.prawat.api.security.Role;
import org.prawat.ui.ActingAsTheApplication;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestAccounts;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Issue 6, acceptance 2 (through the handlers and the HTTP API): the manager of กองการเจ้าหน้าที่ cannot reach the
 * people of กองคลัง beside it, by search, by the employee register, by the team timeline or by opening the case
 * file; an HR officer's reach is likewise their own organisation.
 */
@PrawatIntegrationTest
class SiblingUnitIT {

    private static OrganisationUnitId hrDivision;
    private static OrganisationUnitId financeDivision;
    private static EmployeeId inHr;
    private static EmployeeId inFinance;
    private static String surname;

    @Autowired
    QueryGateway queries;

    @Autowired
    TestRestTemplate http;

    @Autowired
    AccountService accounts;

    private SiblingUnitReach reach;
    private Actor hrManager;

    @BeforeAll
    static void prepare(@Autowired CommandGateway commands) {
        var organisation = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        hrDivision = OrganisationUnitId.random();
        financeDivision = OrganisationUnitId.random();
        commands.sendAndWait(
                new CreateOrganisationUnit(hrDivision, "กองการเจ้าหน้าที่", UnitKind.DIVISION, organisation));
        commands.sendAndWait(new CreateOrganisationUnit(financeDivision, "กองคลัง", UnitKind.DIVISION, organisation));
        // One surname for both, so that one search would find both if scope did not hold.
        surname = TestEmployees.newSurname();
        var hr = TestEmployees.registration(hrDivision, surname, "นักทรัพยากรบุคคลปฏิบัติการ");
        var finance = TestEmployees.registration(financeDivision, surname, "นักวิชาการเงินและบัญชีปฏิบัติการ");
        commands.sendAndWait(hr);
        commands.sendAndWait(finance);
        inHr = hr.employeeId();
        inFinance = finance.employeeId();
    }

    @BeforeEach
    void setUp() throws InterruptedException {
        reach = new SiblingUnitReach(queries);
        hrManager = new Actor("manager.hr", Role.MANAGER, Scope.of(List.of(hrDivision)), null);
        // Projections take a moment: the application itself must see both before a "no" means anything.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!reach.searchFinds(ActingAsTheApplication.TEST, surname).containsAll(List.of(inHr, inFinance))) {
            assertThat(System.nanoTime()).as("both projected within 30 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void a_manager_searching_finds_their_own_people_but_not_those_of_a_sibling_unit() {
        assertThat(reach.searchFinds(hrManager, surname)).contains(inHr).doesNotContain(inFinance);
        assertThatThrownBy(() -> reach.searchFinds(hrManager, surname, Scope.of(List.of(financeDivision))))
                .hasRootCauseInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reach.searchFinds(hrManager, surname, Scope.everything()))
                .hasRootCauseInstanceOf(AccessDenied.class);
    }

    @Test
    void the_employee_register_lists_a_manager_their_own_people_but_not_those_of_a_sibling_unit() {
        assertThat(reach.registerFinds(hrManager, surname, hrManager.scope()))
                .contains(inHr)
                .doesNotContain(inFinance);
        assertThatThrownBy(() -> reach.registerFinds(hrManager, surname, Scope.everything()))
                .hasRootCauseInstanceOf(AccessDenied.class);
    }

    /** An HR officer's reach is their organisation: here the HR division's own HR desk. */
    @Test
    void a_pasted_attendance_list_names_only_people_of_the_hr_officers_own_units() {
        var hrDesk = new Actor("hr.desk", Role.HR_OFFICER, Scope.of(List.of(hrDivision)), null);
        assertThat(reach.identified(hrDesk, List.of(inHr.value(), inFinance.value()), hrDesk.scope()))
                .containsExactly(inHr);
        assertThat(reach.registerFinds(hrDesk, surname, hrDesk.scope())).containsExactly(inHr);
        assertThatThrownBy(() -> reach.identified(hrDesk, List.of(inFinance.value()), Scope.everything()))
                .hasRootCauseInstanceOf(AccessDenied.class);
    }

    @Test
    void a_manager_cannot_open_the_team_timeline_of_a_sibling_unit() {
        assertThat(reach.teamTimeline(hrManager, hrDivision)).isNotNull();
        assertThatThrownBy(() -> reach.teamTimeline(hrManager, financeDivision))
                .hasRootCauseInstanceOf(AccessDenied.class);
    }

    @Test
    void a_manager_cannot_open_the_case_file_of_someone_in_a_sibling_unit() {
        assertThat(reach.caseFile(hrManager, inHr, hrManager.scope())).isPresent();
        assertThat(reach.caseFile(hrManager, inFinance, hrManager.scope())).isEmpty();
        assertThatThrownBy(() -> reach.caseFile(hrManager, inFinance, Scope.of(List.of(financeDivision))))
                .hasRootCauseInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reach.caseFile(hrManager, inFinance, Scope.everything()))
                .hasRootCauseInstanceOf(AccessDenied.class);
    }

    /** The same three ways, as a manager signed in to the HTTP API with HTTP Basic. */
    @Test
    void a_manager_signed_in_to_the_http_api_reaches_no_one_of_a_sibling_unit() {
        String manager = TestAccounts.ensure(
                accounts, "manager." + UUID.randomUUID().toString().substring(0, 8), Role.MANAGER, hrDivision);
        var api = http.withBasicAuth(manager, TestAccounts.PASSWORD);

        var search = api.getForEntity("/api/search?q={q}", String.class, surname);
        assertThat(search.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(search.getBody()).contains(inHr.value()).doesNotContain(inFinance.value());

        assertThat(api.getForEntity("/api/units/" + hrDivision + "/timeline", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.getForEntity("/api/units/" + financeDivision + "/timeline", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(api.getForEntity("/api/employees/" + inHr + "/history", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        var sibling = api.getForEntity("/api/employees/" + inFinance + "/history", String.class);
        assertThat(sibling.getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
        assertThat(String.valueOf(sibling.getBody())).doesNotContain(surname);
    }
}
