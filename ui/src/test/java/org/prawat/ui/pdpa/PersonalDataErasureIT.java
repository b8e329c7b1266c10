package org.prawat.ui.pdpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.DuplicateNationalId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.FindEmployeesByIdentifiers;
import org.prawat.api.employee.IdentifiedEmployees;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.pdpa.ErasePersonalData;
import org.prawat.api.pdpa.Erasure;
import org.prawat.api.security.Role;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestAccounts;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.rest.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PDPA erasure end to end: a person's name and national ID never stand in clear in the event store,
 * and after the erasure (over HTTP) nothing shows them again, not even a rebuild, while the stored
 * events stay byte for byte the same.
 */
@PrawatIntegrationTest
class PersonalDataErasureIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String FIRST_NAME = "ปทุมวรรณ";

    @Autowired
    CommandGateway commands;

    @Autowired
    AccountService accounts;

    @Autowired
    QueryGateway queries;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ElasticsearchClient elasticsearch;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void an_erased_person_reads_as_erased_everywhere_and_the_stored_events_are_unchanged() throws Exception {
        var unit = TestEmployees.createUnit(commands, "เทศบาลเมืองแม่เหียะ");
        String surname = TestEmployees.newSurname();
        var registration = registration(unit, surname, TestEmployees.newNationalId());
        var person = registration.employeeId();
        commands.sendAndWait(registration);
        commands.sendAndWait(new RecordTraining(person, TrainingId.random(), orientation()));
        String[] personal = {FIRST_NAME, surname, registration.nationalId()};

        assertThat(rawRows(person)).allSatisfy(row -> assertThat(row).doesNotContain(personal));
        var before =
                eventually(() -> history(person), h -> h != null && h.entries().size() == 2);
        assertThat(before.employeeName()).contains(surname);
        var storedBefore = payloads(person);

        var erased = new ApiClient(http, jdbc, accounts)
                .post(
                        "/api/employees/" + person + "/personal-data-erasures",
                        """
                        {"legalBasis":"มาตรา 33 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
                         "requestReference":"ชม 52301/245","reason":"เจ้าของข้อมูลขอให้ลบ"}""");

        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(payloads(person)).containsAllEntriesOf(storedBefore);
        assertThat(rawRows(person)).allSatisfy(row -> assertThat(row).doesNotContain(personal));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM personal_data_keys WHERE employee_id = ?", Integer.class, person.value()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                        Integer.class,
                        person.value()))
                .isZero();
        assertAnonymised(person, personal);

        rebuildAll();
        assertAnonymised(person, personal);
    }

    @Test
    void the_national_id_of_an_erased_person_names_nobody_and_may_open_a_new_case_file() throws Exception {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนตำบลใหม่");
        String nationalId = TestEmployees.newNationalId();
        var first = registration(unit, TestEmployees.newSurname(), nationalId);
        commands.sendAndWait(first);
        var duplicate = registration(unit, TestEmployees.newSurname(), nationalId);
        assertThatThrownBy(() -> commands.sendAndWait(duplicate)).isInstanceOf(DuplicateNationalId.class);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM national_id_registry WHERE national_id_digest LIKE ?",
                        Integer.class,
                        "%" + nationalId + "%"))
                .as("the registry keeps a digest, not the national ID")
                .isZero();

        commands.sendAndWait(new ErasePersonalData(
                first.employeeId(), "มาตรา 33 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562", "สข 1/2569", "ขอลบ"));

        assertThat(identified(nationalId)).isEmpty();
        commands.sendAndWait(duplicate);
        assertThat(eventually(() -> identified(nationalId), found -> !found.isEmpty()))
                .containsExactly(duplicate.employeeId());
    }

    private void assertAnonymised(EmployeeId person, String[] personal) throws InterruptedException {
        var history = eventually(() -> history(person), h -> h != null && Erasure.ERASED.equals(h.employeeName()));
        assertThat(history.nationalIdMasked()).isEqualTo(Erasure.ERASED);
        assertThat(history.entries())
                .extracting(TimelineEntry::kind)
                .containsExactlyInAnyOrder(TimelineEntryKind.REGISTRATION, TimelineEntryKind.TRAINING);
        assertThat(history.entries()).allSatisfy(entry -> {
            assertThat(entry.employeeName()).isEqualTo(Erasure.ERASED);
            assertThat(entry.title() + entry.text()).doesNotContain(personal);
        });
        // The people index is a projection of its own: it anonymises on its own time.
        assertThat(eventually(() -> TestEmployees.search(queries, personal[1]), List::isEmpty))
                .isEmpty();
        var profile = eventually(() -> profile(person), hit -> hit != null && hit.contains("ข้อมูลถูกลบตามคำขอ"));
        assertThat(profile).doesNotContain(personal).contains("ข้อมูลถูกลบตามคำขอ");
        // What her records count for stays, apart from the profile, and names nobody.
        assertThat(document("employee-records", person))
                .contains("\"trainingCount\":1")
                .doesNotContain(personal);
    }

    private CaseHistory history(EmployeeId person) {
        return queries.query(
                        new FindCaseHistory(person, Scope.everything()),
                        ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join()
                .orElse(null);
    }

    /** The profile as the index holds it (a search hit shows only a part of it), as JSON. */
    private String profile(EmployeeId person) {
        return document("employees", person);
    }

    private String document(String index, EmployeeId person) {
        try {
            var found = elasticsearch.get(g -> g.index(index).id(person.value()), Map.class);
            return found.found() ? JSON.writeValueAsString(found.source()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<EmployeeId> identified(String nationalId) {
        return queries
                .query(
                        new FindEmployeesByIdentifiers(List.of(nationalId), Scope.everything()),
                        ResponseTypes.instanceOf(IdentifiedEmployees.class))
                .join()
                .found()
                .stream()
                .map(found -> found.employee().employeeId())
                .toList();
    }

    private List<String> rawRows(EmployeeId person) {
        return jdbc.query(
                "SELECT payload, meta_data FROM domain_event_entry WHERE aggregate_identifier = ?",
                (row, n) -> new String(row.getBytes("payload"), StandardCharsets.UTF_8)
                        + new String(row.getBytes("meta_data"), StandardCharsets.UTF_8),
                person.value());
    }

    private Map<Long, String> payloads(EmployeeId person) {
        var payloads = new LinkedHashMap<Long, String>();
        jdbc.query(
                "SELECT global_index, encode(payload, 'hex') AS bytes FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? ORDER BY global_index",
                row -> {
                    payloads.put(row.getLong("global_index"), row.getString("bytes"));
                },
                person.value());
        return payloads;
    }

    private void rebuildAll() throws InterruptedException {
        // A store kept from before a mapping change rebuilds by itself at start-up: let it end first.
        eventually(this::rebuildState, s -> !s.equals("RUNNING") && !s.equals("SWITCHING"));
        assertThat(administrator()
                        .postForEntity("/api/admin/rebuilds", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        String state = eventually(this::rebuildState, s -> s.equals("DONE") || s.equals("FAILED"));
        assertThat(state).isEqualTo("DONE");
    }

    private String rebuildState() {
        return JsonPath.read(administrator().getForObject("/api/admin/rebuilds/current", String.class), "$.state");
    }

    private static RegisterEmployee registration(OrganisationUnitId unit, String surname, String nationalId) {
        return new RegisterEmployee(
                EmployeeId.random(),
                nationalId,
                "นางสาว",
                FIRST_NAME,
                surname,
                PersonnelType.MUNICIPAL_STAFF,
                unit,
                "นักทรัพยากรบุคคลปฏิบัติการ",
                null,
                LocalDate.of(2019, 10, 1));
    }

    private static Training orientation() {
        return new Training(
                TrainingKind.ORIENTATION,
                "ปฐมนิเทศพนักงานเทศบาล",
                "สถาบันพัฒนาบุคลากรท้องถิ่น",
                List.of("ดร.วิทยาธร ท่อแก้ว"),
                LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 7, 3),
                new BigDecimal("18"),
                DevelopmentArea.GENERAL_KNOWLEDGE,
                TrainingOutcome.PASSED,
                null,
                null,
                null);
    }

    private static <T> T eventually(Supplier<T> read, Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T value = null;
        while (System.nanoTime() < deadline) {
            try {
                value = read.get();
                if (done.test(value)) {
                    return value;
                }
            } catch (RuntimeException notYet) {
                // projection or index still catching up
            }
            Thread.sleep(250);
        }
        return value;
    }

    private TestRestTemplate administrator() {
        return http.withBasicAuth(
                TestAccounts.ensure(accounts, "erasure.admin", Role.ADMINISTRATOR, null), TestAccounts.PASSWORD);
    }
}
