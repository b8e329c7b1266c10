package org.prawat.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.RepeatedTest;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationAlreadyRecordedForRound;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.RecordEvaluation;
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
 * Commands on one case file at the same moment: nothing lost, nothing duplicated, and a rule such as
 * "one evaluation per round" still holds. Within one instance Axon's repository lock runs them one
 * after the other; across instances the event store's unique key refuses the second append and the
 * gateway retries it (CommandRetries), which this single-instance test does not reach.
 */
@PrawatIntegrationTest
class ConcurrentCommandsIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @RepeatedTest(3)
    void two_trainings_recorded_at_once_are_both_kept() throws Exception {
        var id = registeredEmployee();
        List<Throwable> failures = atOnce(
                () -> commands.sendAndWait(new RecordTraining(id, TrainingId.random(), training("สัมมนา ก"))),
                () -> commands.sendAndWait(new RecordTraining(id, TrainingId.random(), training("สัมมนา ข"))));

        assertThat(failures).isEmpty();
        assertThat(eventTypes(id)).containsExactly("EmployeeRegistered", "TrainingRecorded", "TrainingRecorded");
    }

    @RepeatedTest(3)
    void two_evaluations_for_one_round_at_once_keep_one_and_refuse_the_other() throws Exception {
        var id = registeredEmployee();
        List<Throwable> failures = atOnce(
                () -> commands.sendAndWait(evaluation(id, "92")), () -> commands.sendAndWait(evaluation(id, "75")));

        assertThat(failures).singleElement().isInstanceOf(EvaluationAlreadyRecordedForRound.class);
        assertThat(eventTypes(id)).containsExactly("EmployeeRegistered", "EvaluationRecorded");
    }

    private EmployeeId registeredEmployee() {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนตำบลใหม่");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักจัดการงานทั่วไป");
        commands.sendAndWait(registration);
        return registration.employeeId();
    }

    private static List<Throwable> atOnce(Callable<?>... commands) throws InterruptedException {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(commands.length);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<?>>();
            for (Callable<?> command : commands) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return command.call();
                }));
            }
            start.countDown();
            var failures = new ArrayList<Throwable>();
            for (var future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdown();
        }
    }

    private List<String> eventTypes(EmployeeId id) {
        return jdbc
                .queryForList(
                        "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                        String.class,
                        id.value())
                .stream()
                .map(type -> type.replaceAll(".*\\.", ""))
                .toList();
    }

    private static Training training(String title) {
        return new Training(
                TrainingKind.SEMINAR,
                title,
                "สถาบันดำรงราชานุภาพ",
                List.of(),
                LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 1),
                new BigDecimal("6"),
                DevelopmentArea.MANAGEMENT,
                TrainingOutcome.ATTENDED,
                null,
                null,
                null);
    }

    private static RecordEvaluation evaluation(EmployeeId id, String achievement) {
        return new RecordEvaluation(
                id,
                EvaluationId.random(),
                new FiscalYear(2568),
                2,
                new BigDecimal(achievement),
                70,
                new BigDecimal("80"),
                30,
                "นางมาลัย ชัยมงคล",
                LocalDate.of(2025, 9, 30),
                null);
    }
}
