package org.prawat.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.audit.CaseFileEvent;
import org.prawat.api.audit.FindCaseFileEvents;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.Scope;
import org.prawat.api.security.Actor;
import org.prawat.api.security.Role;
import org.prawat.infra.security.CurrentActor;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestAccounts;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every opening of a case file, search and export leaves one row in the append-only read log. */
@PrawatIntegrationTest
class ReadLogIT {

    private static final Duration PROJECTED_WITHIN = Duration.ofSeconds(60);
    private static final Actor AUDITOR = new Actor("auditor.malee", Role.AUDITOR, Scope.everything(), null);

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    AccountService accounts;

    @Test
    void opening_a_case_files_event_stream_leaves_one_row_naming_the_reader_and_the_case_file() {
        var employee = registered();

        List<CaseFileEvent> events = CurrentActor.callAs(AUDITOR, () -> queries.query(
                        new FindCaseFileEvents(employee, Scope.everything()),
                        ResponseTypes.multipleInstancesOf(CaseFileEvent.class))
                .join());

        assertThat(events).isNotEmpty();
        assertThat(rowsAbout(employee)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("account", "auditor.malee");
            assertThat(row).containsEntry("acting_role", "AUDITOR");
            assertThat(row).containsEntry("read_kind", "CASE_FILE");
            assertThat(row).containsEntry("query_type", "FindCaseFileEvents");
            assertThat(row).containsEntry("channel", "application");
        });
    }

    @Test
    void a_view_re_reading_the_case_file_it_shows_is_not_logged_but_opening_it_is() {
        var employee = projected(registered());

        CurrentActor.callAs(AUDITOR, () -> queries.query(
                        new FindCaseHistory(employee, Scope.everything()),
                        ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join());

        assertThat(rowsAbout(employee)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("query_type", "FindCaseHistory"));
    }

    @Test
    void a_search_through_the_http_api_leaves_one_row_with_the_caller_and_the_text() {
        String text = "ค้นหา" + TestEmployees.newSurname();

        var answer = http.exchange(
                "/api/search?q=" + text, HttpMethod.GET, asCaller("hr.somsri", Role.HR_OFFICER), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForList("SELECT * FROM read_log WHERE search_text = ?", text))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row).containsEntry("account", "hr.somsri");
                    assertThat(row).containsEntry("read_kind", "SEARCH");
                    assertThat(row).containsEntry("query_type", "SearchEverything");
                    assertThat(row).containsEntry("channel", "http-api");
                });
    }

    @Test
    void an_export_is_a_csv_excel_reads_as_thai_and_leaves_one_export_row() {
        var employee = projected(registered());

        var answer = http.exchange(
                "/api/employees/" + employee + "/history.csv",
                HttpMethod.GET,
                asCaller("hr.somsri", Role.HR_OFFICER),
                byte[].class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        byte[] body = answer.getBody();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("วันที่ / Date");
        assertThat(rowsAbout(employee)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("account", "hr.somsri");
            assertThat(row).containsEntry("read_kind", "EXPORT");
            assertThat(row).containsEntry("channel", "http-api");
        });
        String log = http.exchange(
                        "/api/audit/read-log?employeeId=" + employee,
                        HttpMethod.GET,
                        asCaller("auditor.malee", Role.AUDITOR),
                        String.class)
                .getBody();
        assertThat(JsonPath.<List<String>>read(log, "$.entries[*].kind")).containsExactly("EXPORT");
    }

    @Test
    void the_read_log_refuses_to_be_changed_or_emptied() {
        var employee = registered();
        CurrentActor.callAs(AUDITOR, () -> queries.query(
                        new FindCaseFileEvents(employee, Scope.everything()),
                        ResponseTypes.multipleInstancesOf(CaseFileEvent.class))
                .join());

        assertThatThrownBy(() -> jdbc.update("UPDATE read_log SET account = 'nobody' WHERE account = 'auditor.malee'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM read_log WHERE account = 'auditor.malee'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE read_log"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
    }

    private EmployeeId registered() {
        var unit = TestEmployees.createUnit(commands, "เทศบาลนครหาดใหญ่");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักจัดการงานทั่วไป");
        commands.sendAndWait(registration);
        return registration.employeeId();
    }

    /** Waits for the timeline to show the case file, reading it as a view's re-read, which is not logged. */
    private EmployeeId projected(EmployeeId employee) {
        long deadline = System.nanoTime() + PROJECTED_WITHIN.toNanos();
        while (reread(employee).isEmpty() && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(reread(employee)).isPresent();
        return employee;
    }

    private Optional<CaseHistory> reread(EmployeeId employee) {
        return queries.query(
                        new GenericMessage<>(
                                new FindCaseHistory(employee, Scope.everything()),
                                MetaData.with(MetaDataKeys.REREAD, true)),
                        ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join();
    }

    private List<Map<String, Object>> rowsAbout(EmployeeId employee) {
        return jdbc.queryForList("SELECT * FROM read_log WHERE employee_id = ?", employee.value());
    }

    /** A signed-in HTTP caller: an account of {@code role} that sees everything, by HTTP Basic. */
    private HttpEntity<Void> asCaller(String account, Role role) {
        var headers = new HttpHeaders();
        TestAccounts.basic(headers, TestAccounts.ensure(accounts, account, role, null));
        return new HttpEntity<>(headers);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
