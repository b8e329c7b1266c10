package org.prawat.ui.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TeamTimelinePage;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.Role;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.TrainingId;
import org.prawat.query.projection.ProjectionSet;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestAccounts;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The read side rebuilt from the event store over HTTP, as an operator would after losing an index
 * or changing a mapping. Assertions look only at this test's units and people: other tests share
 * the event store and Elasticsearch.
 */
@PrawatIntegrationTest
class RebuildIT {

    private static final Duration PATIENCE = Duration.ofMinutes(6);

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    TestRestTemplate http;

    @Autowired
    AccountService accounts;

    @Autowired
    ElasticsearchClient elasticsearch;

    /** Every read model a rebuild makes afresh: all of their indices are "lost" below. */
    @Autowired
    List<ProjectionSet> readModels;

    @Test
    void after_the_indices_are_lost_a_rebuild_gives_the_same_answers() throws Exception {
        var songkhla = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var hatyai = TestEmployees.createUnit(commands, "เทศบาลนครหาดใหญ่");
        var people = new ArrayList<EmployeeId>();
        for (String position : List.of("นักทรัพยากรบุคคลปฏิบัติการ", "นักวิชาการศึกษา", "เจ้าพนักงานธุรการ")) {
            var registration = TestEmployees.registration(songkhla, TestEmployees.newSurname(), position);
            commands.sendAndWait(registration);
            people.add(registration.employeeId());
        }
        var corrected = TrainingId.random();
        commands.sendAndWait(new RecordTraining(people.get(0), corrected, RebuildTestData.orientation()));
        commands.sendAndWait(new RecordTraining(people.get(1), TrainingId.random(), RebuildTestData.studyVisit()));
        commands.sendAndWait(new CorrectTraining(
                people.get(0),
                corrected,
                RebuildTestData.orientationOfHours(new BigDecimal("21")),
                new CorrectionDetails(
                        "บันทึกจำนวนชั่วโมงผิดจากวุฒิบัตร", "วุฒิบัตรเลขที่ สพบถ. 2567/0415", "นายไพเจน มากสุวรรณ์"),
                null));
        commands.sendAndWait(new TransferEmployee(people.get(2), hatyai, "123/2567", LocalDate.of(2024, 6, 1)));
        // Complete answers only: the two searches may straddle a refresh. Songkhla keeps two people's
        // registrations and trainings; Hat Yai has the third person's registration and transfer.
        Answers before = eventually(
                () -> answers(songkhla, hatyai, people),
                answers -> answers.songkhla().size() == 4 && answers.hatyai().size() == 2);

        deleteIndicesBehindAliases();
        startRebuild();
        assertThat(awaitFinished()).isEqualTo("DONE");

        assertThat(answers(songkhla, hatyai, people)).isEqualTo(before);
    }

    @Test
    void searches_keep_answering_from_the_old_version_during_a_rebuild_and_late_events_reach_the_new_one()
            throws Exception {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนตำบลบ้านพรุ");
        var people = RebuildTestData.registerInParallel(commands, unit, 200);
        RebuildTestData.attendSessions(commands, people, 10);
        long entries = 200L * (1 + 10);
        eventually(() -> teamTimeline(unit).total(), total -> total == entries);

        startRebuild();
        var second = administrator().postForEntity("/api/admin/rebuilds", null, String.class);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        var late = TrainingId.random();
        commands.sendAndWait(new RecordTraining(people.get(0), late, RebuildTestData.studyVisit()));

        var running = new ArrayList<Long>();
        String state = "RUNNING";
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!state.equals("DONE") && !state.equals("FAILED") && System.nanoTime() < deadline) {
            assertThat(teamTimeline(unit).total()).isBetween(entries, entries + 1);
            String progress = administrator().getForObject("/api/admin/rebuilds/current", String.class);
            state = JsonPath.read(progress, "$.state");
            if (state.equals("RUNNING")) {
                running.add(((Number) JsonPath.read(progress, "$.done")).longValue());
                assertThat(((Number) JsonPath.read(progress, "$.total")).longValue())
                        .isGreaterThanOrEqualTo(entries);
            }
            Thread.sleep(20);
        }

        assertThat(state).isEqualTo("DONE");
        assertThat(running).as("done while running").isSorted();
        assertThat(Set.copyOf(running))
                .as("distinct progress readings while running")
                .hasSizeGreaterThan(1);
        eventually(() -> history(people.get(0)), h -> h.map(history -> history.entries().stream()
                        .anyMatch(entry -> entry.entryId().equals(late.toString())))
                .orElse(false));
        assertThat(teamTimeline(unit).total()).isEqualTo(entries + 1);
    }

    private record Answers(
            Set<TimelineEntry> songkhla, Set<TimelineEntry> hatyai, List<Optional<CaseHistory>> histories) {

        Optional<CaseHistory> history(int person) {
            return histories.get(person);
        }
    }

    private Answers answers(OrganisationUnitId songkhla, OrganisationUnitId hatyai, List<EmployeeId> people) {
        return new Answers(
                Set.copyOf(teamTimeline(songkhla).entries()),
                Set.copyOf(teamTimeline(hatyai).entries()),
                people.stream().map(this::history).toList());
    }

    private TeamTimelinePage teamTimeline(OrganisationUnitId unit) {
        return queries.query(
                        new FindTeamTimeline(unit, null, null, Set.of(), null, 0, 100, Scope.everything()),
                        ResponseTypes.instanceOf(TeamTimelinePage.class))
                .join();
    }

    private Optional<CaseHistory> history(EmployeeId employee) {
        return queries.query(
                        new FindCaseHistory(employee, Scope.everything()),
                        ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join();
    }

    private void deleteIndicesBehindAliases() throws IOException {
        for (String alias :
                readModels.stream().flatMap(set -> set.aliases().stream()).toList()) {
            var indices = elasticsearch
                    .indices()
                    .getAlias(a -> a.name(alias))
                    .result()
                    .keySet();
            elasticsearch.indices().delete(d -> d.index(List.copyOf(indices)));
        }
    }

    private TestRestTemplate administrator() {
        return http.withBasicAuth(
                TestAccounts.ensure(accounts, "rebuild.admin", Role.ADMINISTRATOR, null), TestAccounts.PASSWORD);
    }

    private void startRebuild() {
        var started = administrator().postForEntity("/api/admin/rebuilds", null, String.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    }

    private String awaitFinished() throws InterruptedException {
        return eventually(
                () -> JsonPath.<String>read(
                        administrator().getForObject("/api/admin/rebuilds/current", String.class), "$.state"),
                state -> state.equals("DONE") || state.equals("FAILED"));
    }

    private interface Read<T> {
        T get() throws Exception;
    }

    private interface Check<T> {
        boolean test(T value);
    }

    private static <T> T eventually(Read<T> read, Check<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = read.get();
                if (done.test(last)) {
                    return last;
                }
            } catch (Exception notYet) {
                // the read side is catching up
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Still not there after " + PATIENCE + ": " + last);
    }
}
