package org.prawat.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.audit.BrokenLink;
import org.prawat.api.audit.ChainBreak;
import org.prawat.api.audit.ChainVerification;
import org.prawat.api.audit.VerifyCaseFile;
import org.prawat.api.audit.VerifyEventStore;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;
import org.prawat.api.security.Actor;
import org.prawat.api.security.Role;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.infra.security.CurrentActor;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestAccounts;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acceptance 3 of issue 6: someone with access to the database edits the stored events directly
 * (switching off the append-only guard first, as an attacker could) and verify names that event.
 */
@PrawatIntegrationTest
class EventChainIT {

    /** Marks the case files this test tampers with, so the whole-store check can tell them from the rest. */
    private static final String TAMPERED = "chain-test.tampered";

    private static final String COURSE = "การอบรมเพื่อเสริมสมรรถนะ";

    @Autowired
    CommandGateway commands;

    @Autowired
    AccountService accounts;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestRestTemplate http;

    @Test
    void an_untouched_case_file_verifies_clean_through_the_handler_and_the_http_api() {
        var employee = caseFileOfThreeEvents("hr.somsri");

        var verification = verify(employee);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.chainsChecked()).isEqualTo(1);
        assertThat(verification.eventsChecked()).isEqualTo(3);
        String json = http.withBasicAuth(
                        TestAccounts.ensure(accounts, "chain.auditor", Role.AUDITOR, null), TestAccounts.PASSWORD)
                .getForObject("/api/audit/employees/" + employee + "/verification", String.class);
        assertThat(JsonPath.<Integer>read(json, "$.eventsChecked")).isEqualTo(3);
        assertThat(JsonPath.<List<?>>read(json, "$.brokenLinks")).isEmpty();
    }

    @Test
    void an_edited_payload_is_reported_at_exactly_that_event() {
        var employee = caseFileOfThreeEvents(TAMPERED);

        asAttacker("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '"
                + COURSE + "', 'การอบรมที่ไม่เคยจัด'), 'UTF8') WHERE aggregate_identifier = '" + employee
                + "' AND sequence_number = 1");

        assertThat(verify(employee).brokenLinks()).singleElement().satisfies(link -> {
            assertThat(link.aggregateId()).isEqualTo(employee.value());
            assertThat(link.sequenceNumber()).isEqualTo(1);
            assertThat(link.eventType()).isEqualTo("TrainingRecorded");
            assertThat(link.businessDate()).isEqualTo(LocalDate.of(2024, 10, 1));
            assertThat(link.recordedAt()).isNotNull();
            assertThat(link.what()).isEqualTo(ChainBreak.PAYLOAD_CHANGED);
        });
    }

    @Test
    void edited_metadata_is_reported_at_exactly_that_event() {
        var employee = caseFileOfThreeEvents(TAMPERED);

        asAttacker("UPDATE domain_event_entry SET meta_data = convert_to(replace(convert_from(meta_data, 'UTF8'),"
                + " 'hr.somsri', 'hr.somchai'), 'UTF8') WHERE aggregate_identifier = '" + employee
                + "' AND sequence_number = 2");

        assertThat(verify(employee).brokenLinks())
                .extracting(BrokenLink::sequenceNumber, BrokenLink::what)
                .containsExactly(tuple(2L, ChainBreak.METADATA_CHANGED));
    }

    @Test
    void a_deleted_event_is_reported_as_missing() {
        var employee = caseFileOfThreeEvents(TAMPERED);

        asAttacker("DELETE FROM domain_event_entry WHERE aggregate_identifier = '" + employee
                + "' AND sequence_number = 1");

        assertThat(verify(employee).brokenLinks())
                .extracting(BrokenLink::sequenceNumber, BrokenLink::eventType, BrokenLink::what)
                .containsExactly(tuple(1L, "TrainingRecorded", ChainBreak.EVENT_MISSING));
    }

    @Test
    void the_store_refuses_to_change_or_remove_a_stored_event_while_its_guard_is_on() {
        var employee = caseFileOfThreeEvents("hr.somsri");

        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE domain_event_entry SET payload = payload WHERE aggregate_identifier = ?",
                        employee.value()))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        jdbc.update("DELETE FROM event_chain_link WHERE aggregate_identifier = ?", employee.value()))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(verify(employee).intact()).isTrue();
    }

    @Test
    void the_whole_store_breaks_only_where_this_test_tampered_and_says_how_much_it_checked() {
        var untouched = caseFileOfThreeEvents("hr.somsri");
        long stored = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);

        var verification = queries.query(new VerifyEventStore(), ResponseTypes.instanceOf(ChainVerification.class))
                .join();

        List<String> tampered = jdbc.queryForList(
                "SELECT aggregate_identifier FROM domain_event_entry WHERE sequence_number = 0"
                        + " AND convert_from(meta_data, 'UTF8')::jsonb ->> ? = ?",
                String.class,
                MetaDataKeys.ISSUED_BY,
                TAMPERED);
        assertThat(verification.brokenLinks())
                .extracting(BrokenLink::aggregateId)
                .isSubsetOf(tampered);
        assertThat(verification.brokenLinks())
                .extracting(BrokenLink::aggregateId)
                .doesNotContain(untouched.value());
        assertThat(verification.eventsChecked()).isGreaterThanOrEqualTo(stored);
        assertThat(verification.took()).isPositive();
    }

    private ChainVerification verify(EmployeeId employee) {
        return queries.query(new VerifyCaseFile(employee), ResponseTypes.instanceOf(ChainVerification.class))
                .join();
    }

    /** The guard is off only inside this transaction (DDL is transactional in PostgreSQL). */
    private void asAttacker(String sql) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only");
            assertThat(jdbc.update(sql)).isEqualTo(1);
            jdbc.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_append_only");
        });
    }

    /** Registered by {@code registeredBy}, then two trainings recorded by hr.somsri. */
    private EmployeeId caseFileOfThreeEvents(String registeredBy) {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        send(registration, registeredBy);
        send(new RecordTraining(registration.employeeId(), TrainingId.random(), course()), "hr.somsri");
        send(new RecordTraining(registration.employeeId(), TrainingId.random(), course()), "hr.somsri");
        return registration.employeeId();
    }

    /** Sends as an HR officer of everything named {@code issuedBy}: the server stamps who sent it. */
    private void send(Object command, String issuedBy) {
        CurrentActor.runAs(
                new Actor(issuedBy, Role.HR_OFFICER, Scope.everything(), null), () -> commands.sendAndWait(command));
    }

    private static Training course() {
        return new Training(
                TrainingKind.TRAINING,
                COURSE,
                "สถาบันดำรงราชานุภาพ",
                List.of("นายกฤษฎา บุญราช"),
                LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 10, 3),
                new BigDecimal("18"),
                DevelopmentArea.MANAGEMENT,
                TrainingOutcome.PASSED,
                null,
                null,
                null);
    }
}
