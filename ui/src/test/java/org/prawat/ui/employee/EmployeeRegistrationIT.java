package org.prawat.ui.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.ui.TestEmployees.createUnit;
import static org.prawat.ui.TestEmployees.eventuallyFound;
import static org.prawat.ui.TestEmployees.newSurname;
import static org.prawat.ui.TestEmployees.registration;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.prawat.api.RuleViolation;
import org.prawat.api.employee.DuplicateNationalId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.InvalidNationalId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnknownOrganisationUnit;
import org.prawat.infra.security.CurrentActor;
import org.prawat.ui.ActingAsTheApplication;
import org.prawat.ui.PrawatIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** RegisterEmployee end to end: command gateway → PostgreSQL event store → Elasticsearch → search. */
@PrawatIntegrationTest
class EmployeeRegistrationIT {

    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(30);

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_registered_employee_is_found_by_a_thai_word_of_their_position() throws Exception {
        var unit = createUnit(commands, "องค์การบริหารส่วนตำบลใหม่");
        String surname = newSurname();
        var registration = registration(unit, surname, "พนักงานส่วนตำบล ตำแหน่งนักทรัพยากรบุคคลชำนาญการ");
        commands.sendAndWait(registration);

        assertThat(eventuallyFound(queries, "พนักงาน " + surname, registration.employeeId(), SEARCHABLE_WITHIN))
                .isTrue();
        assertThat(eventuallyFound(queries, "ทรัพยากรบุคคล " + surname, registration.employeeId(), SEARCHABLE_WITHIN))
                .isTrue();
        assertThat(eventuallyFound(queries, "ตำบลใหม่ " + surname, registration.employeeId(), SEARCHABLE_WITHIN))
                .as("found by a word of the unit's name")
                .isTrue();
    }

    @Test
    void the_event_is_stored_as_readable_json_with_the_personal_data_encrypted() {
        var unit = createUnit(commands, "เทศบาลเมืองแม่เหียะ");
        var registration = registration(unit, newSurname(), "นักจัดการงานทั่วไปชำนาญการ");
        commands.sendAndWait(registration);

        String payload = jdbc.queryForObject(
                "SELECT payload::text FROM event_journal WHERE aggregate_identifier = ?",
                String.class,
                registration.employeeId().value());
        assertThat(payload).contains("\"lastName\": \"pdpa:v1:").doesNotContain(registration.lastName());
        assertThat(payload).contains("\"appointedOn\": \"2020-10-01\"");
    }

    @Test
    void an_invalid_national_id_is_refused_in_thai_and_english_and_nothing_is_stored() {
        var unit = createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var good = registration(unit, newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        String wrongCheckDigit =
                good.nationalId().substring(0, 12) + ((good.nationalId().charAt(12) - '0' + 1) % 10);
        var bad = withNationalId(good, wrongCheckDigit);

        assertThatThrownBy(() -> commands.sendAndWait(bad))
                .isInstanceOf(InvalidNationalId.class)
                .satisfies(e -> assertThat(((RuleViolation) e).thai()).contains("เลขประจำตัวประชาชน"))
                .satisfies(e -> assertThat(((RuleViolation) e).english()).contains("national ID"));
        assertNothingStoredFor(bad.employeeId());
    }

    @Test
    void an_empty_name_is_refused_and_nothing_is_stored() {
        var unit = createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var good = registration(unit, newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        var noName = new RegisterEmployee(
                good.employeeId(),
                good.nationalId(),
                good.title(),
                " ",
                good.lastName(),
                PersonnelType.SUBDISTRICT_STAFF,
                unit,
                good.position(),
                null,
                good.appointedOn());

        assertThatThrownBy(() -> commands.sendAndWait(noName))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("กรุณาระบุชื่อ")
                .hasMessageContaining("The first name is required");
        assertNothingStoredFor(noName.employeeId());
    }

    @Test
    void an_unknown_unit_is_refused_and_nothing_is_stored() {
        var registration = registration(OrganisationUnitId.random(), newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");

        assertThatThrownBy(() -> commands.sendAndWait(registration)).isInstanceOf(UnknownOrganisationUnit.class);
        assertNothingStoredFor(registration.employeeId());
    }

    @Test
    void the_same_national_id_registered_twice_at_once_opens_exactly_one_case_file() throws Exception {
        var unit = createUnit(commands, "องค์การบริหารส่วนตำบลใหม่");
        var first = registration(unit, newSurname(), "ปลัดองค์การบริหารส่วนตำบล");
        var second = withNationalId(registration(unit, newSurname(), "ปลัดองค์การบริหารส่วนตำบล"), first.nationalId());

        // Sender threads act as the test itself does (the server refuses anyone unnamed).
        Callable<Object> sendFirst =
                () -> CurrentActor.callAs(ActingAsTheApplication.TEST, () -> commands.sendAndWait(first));
        Callable<Object> sendSecond =
                () -> CurrentActor.callAs(ActingAsTheApplication.TEST, () -> commands.sendAndWait(second));
        var pool = Executors.newFixedThreadPool(2);
        try {
            long refused = 0;
            for (var outcome : pool.invokeAll(List.of(sendFirst, sendSecond))) {
                try {
                    outcome.get();
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(DuplicateNationalId.class);
                    refused++;
                }
            }
            assertThat(refused).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        Integer caseFiles = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier IN (?, ?)",
                Integer.class,
                first.employeeId().value(),
                second.employeeId().value());
        assertThat(caseFiles).isEqualTo(1);
    }

    private void assertNothingStoredFor(EmployeeId id) {
        Integer events = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, id.value());
        Integer reservations = jdbc.queryForObject(
                "SELECT count(*) FROM national_id_registry WHERE employee_id = ?", Integer.class, id.value());
        assertThat(events).isZero();
        assertThat(reservations).isZero();
    }

    private static RegisterEmployee withNationalId(RegisterEmployee r, String nationalId) {
        return new RegisterEmployee(
                r.employeeId(),
                nationalId,
                r.title(),
                r.firstName(),
                r.lastName(),
                PersonnelType.SUBDISTRICT_STAFF,
                r.unitId(),
                r.position(),
                null,
                r.appointedOn());
    }
}
