package org.prawat.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.FindCaseHistoryAsAt;
import org.prawat.api.history.FindCaseHistoryAsOf;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestEmployees;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Case histories against the real event store and Elasticsearch: as at a moment, as of a date, from
 * the index, and the index left alone when the events are delivered again.
 */
@PrawatIntegrationTest
class CaseHistoryIT {

    private static final Duration PROJECTED_WITHIN = Duration.ofSeconds(60);
    private static final String COURSE = "การอบรมเพื่อเสริมสมรรถนะในการขับเคลื่อนงานของหัวหน้าสำนักงานจังหวัด";

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void as_at_a_moment_before_a_correction_the_original_shows_and_after_it_the_corrected() throws Exception {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        var employee = registration.employeeId();
        var training = TrainingId.random();
        commands.sendAndWait(registration);
        commands.sendAndWait(new RecordTraining(employee, training, course("18")));
        Instant beforeCorrection = pause();
        commands.sendAndWait(new CorrectTraining(
                employee,
                training,
                course("21"),
                new CorrectionDetails(
                        "วุฒิบัตรระบุ 21 ชั่วโมง",
                        "หนังสือสถาบันดำรงราชานุภาพ ที่ มท 0216/123",
                        "ผู้อำนวยการกองการเจ้าหน้าที่"),
                null));
        Instant afterCorrection = pause();

        var before = entry(asAt(employee, beforeCorrection), training.value());
        assertThat(before.details()).containsEntry("hours", "18");
        assertThat(before.status()).isEqualTo(EntryStatus.ACTIVE);
        assertThat(before.corrections()).isEmpty();

        var after = entry(asAt(employee, afterCorrection), training.value());
        assertThat(after.details()).containsEntry("hours", "21");
        assertThat(after.status()).isEqualTo(EntryStatus.CORRECTED);
        assertThat(after.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.previousDetails()).containsEntry("hours", "18");
            assertThat(correction.reason()).isEqualTo("วุฒิบัตรระบุ 21 ชั่วโมง");
        });

        assertThat(asAt(employee, registrationMoment(employee).minusSeconds(1)))
                .as("nothing was recorded before the registration")
                .isNull();
        assertThat(eventually(
                        employee,
                        history -> history.entries().size() == 2
                                && history.entries().get(0).status() == EntryStatus.CORRECTED))
                .as("the index tells the same history as the event store")
                .isEqualTo(asAt(employee, afterCorrection));
    }

    @Test
    void as_of_a_date_before_a_transfer_the_employee_is_in_the_old_unit() {
        var oldUnit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนตำบลใหม่");
        var newUnit = TestEmployees.createUnit(commands, "เทศบาลเมืองแม่เหียะ");
        var registration =
                TestEmployees.registration(oldUnit, TestEmployees.newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        var employee = registration.employeeId();
        commands.sendAndWait(registration);
        commands.sendAndWait(new RecordTraining(employee, TrainingId.random(), course("18")));
        commands.sendAndWait(new TransferEmployee(employee, newUnit, "245/2568", LocalDate.of(2025, 6, 1)));

        var beforeTransfer = asOf(employee, LocalDate.of(2025, 5, 31));
        var onTransfer = asOf(employee, LocalDate.of(2025, 6, 1));

        assertThat(beforeTransfer.unitId()).isEqualTo(oldUnit);
        assertThat(beforeTransfer.entries()).extracting(TimelineEntry::unitId).containsOnly(oldUnit);
        assertThat(beforeTransfer.entries())
                .extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntryKind.TRAINING, TimelineEntryKind.REGISTRATION);
        assertThat(onTransfer.unitId()).isEqualTo(newUnit);
        assertThat(onTransfer.entries()).extracting(TimelineEntry::kind).startsWith(TimelineEntryKind.TRANSFER);
        assertThat(asOf(employee, LocalDate.of(2020, 9, 30)).entries())
                .as("before the appointment nothing was in effect")
                .isEmpty();
    }

    @Test
    void a_case_file_outside_the_callers_scope_is_not_found_in_any_view() {
        var unit = TestEmployees.createUnit(commands, "เทศบาลเมืองแม่เหียะ");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        var employee = registration.employeeId();
        commands.sendAndWait(registration);
        eventually(employee, history -> !history.entries().isEmpty());
        var elsewhere = Scope.of(List.of(OrganisationUnitId.random()));

        assertThat(find(new FindCaseHistory(employee, elsewhere))).isNull();
        assertThat(find(new FindCaseHistoryAsAt(employee, Instant.now(), elsewhere)))
                .isNull();
        assertThat(find(new FindCaseHistoryAsOf(employee, LocalDate.of(2025, 1, 1), elsewhere)))
                .isNull();
        assertThat(find(new FindCaseHistory(employee, Scope.of(List.of(unit))))).isNotNull();
    }

    @Test
    void replaying_the_events_again_leaves_every_document_as_it_was() throws Exception {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        var employee = registration.employeeId();
        commands.sendAndWait(registration);
        commands.sendAndWait(new RecordTraining(employee, TrainingId.random(), course("18")));
        commands.sendAndWait(new TransferEmployee(
                employee,
                TestEmployees.createUnit(commands, "เทศบาลเมืองแม่เหียะ"),
                "245/2568",
                LocalDate.of(2025, 6, 1)));
        var projected = eventually(employee, history -> history.entries().size() == 3);
        var versions = versions(projected);

        var processor = processing
                .eventProcessor("timeline", TrackingEventProcessor.class)
                .orElseThrow();
        long last = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        processor.shutDown();
        processor.resetTokens(GapAwareTrackingToken.newInstance(firstGlobalIndex(employee) - 1, Set.of()));
        processor.start();
        awaitReplayedUpTo(processor, last);

        assertThat(find(new FindCaseHistory(employee, Scope.everything()))).isEqualTo(projected);
        assertThat(versions(projected)).as("no document written again").isEqualTo(versions);
    }

    private static Training course(String hours) {
        return new Training(
                TrainingKind.TRAINING,
                COURSE,
                "สถาบันดำรงราชานุภาพ",
                List.of("นายกฤษฎา บุญราช"),
                LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 10, 3),
                new BigDecimal(hours),
                DevelopmentArea.MANAGEMENT,
                TrainingOutcome.PASSED,
                null,
                null,
                null);
    }

    /** A moment strictly between what was recorded before and what is recorded after. */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(20);
        Instant now = Instant.now();
        Thread.sleep(20);
        return now;
    }

    private Instant registrationMoment(EmployeeId employee) {
        String timestamp = jdbc.queryForObject(
                "SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0",
                String.class,
                employee.value());
        return Instant.parse(timestamp);
    }

    private long firstGlobalIndex(EmployeeId employee) {
        return jdbc.queryForObject(
                "SELECT min(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class,
                employee.value());
    }

    private CaseHistory asAt(EmployeeId employee, Instant moment) {
        return find(new FindCaseHistoryAsAt(employee, moment, Scope.everything()));
    }

    private CaseHistory asOf(EmployeeId employee, LocalDate date) {
        return find(new FindCaseHistoryAsOf(employee, date, Scope.everything()));
    }

    private CaseHistory find(Object query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join()
                .orElse(null);
    }

    /** The history from the index once the projection has caught up with {@code done}. */
    private CaseHistory eventually(EmployeeId employee, Predicate<CaseHistory> done) {
        long deadline = System.nanoTime() + PROJECTED_WITHIN.toNanos();
        CaseHistory history = null;
        while (System.nanoTime() < deadline) {
            history = find(new FindCaseHistory(employee, Scope.everything()));
            if (history != null && done.test(history)) {
                return history;
            }
            sleep();
        }
        throw new AssertionError("The timeline did not catch up within " + PROJECTED_WITHIN + ": " + history);
    }

    /** A replay counts as over only once a newer event arrives; here it is enough to have passed {@code last}. */
    private static void awaitReplayedUpTo(TrackingEventProcessor processor, long last) {
        long deadline = System.nanoTime() + PROJECTED_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            var status = processor.processingStatus().values();
            if (!status.isEmpty()
                    && status.stream()
                            .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= last)) {
                return;
            }
            sleep();
        }
        throw new AssertionError("The replay did not finish within " + PROJECTED_WITHIN);
    }

    /** Elasticsearch's version of each entry document and of the person's: any write increments it. */
    private Map<String, Long> versions(CaseHistory history) throws Exception {
        var ids = history.entries().stream().map(TimelineEntry::entryId).toList();
        var entries = elasticsearch.mget(m -> m.index("timeline").ids(ids), JsonData.class).docs().stream()
                .collect(Collectors.toMap(d -> d.result().id(), d -> d.result().version()));
        var person = elasticsearch.get(
                g -> g.index("timeline-people").id(history.employeeId().value()), JsonData.class);
        entries.put("person", person.version());
        return entries;
    }

    private static TimelineEntry entry(CaseHistory history, String entryId) {
        return history.entries().stream()
                .filter(entry -> entry.entryId().equals(entryId))
                .findFirst()
                .orElseThrow();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
