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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
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
import org.prawat.infra.security.CurrentActor;
import org.prawat.ui.ActingAsTheApplication;
import org.prawat.ui.PrawatApplication;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestEmployees;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Commands on one case file at the same moment: nothing lost, nothing duplicated, and a rule such as
 * "one evaluation per round" still holds. Within one instance Axon's repository lock runs them one
 * after the other; across two instances the event store's unique key refuses the second append and
 * the gateway runs the loser again on the new state (CommandRetries).
 */
@PrawatIntegrationTest
class ConcurrentCommandsIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommandBus commandBus;

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

    @Test
    void across_two_instances_the_losing_append_is_retried_and_both_trainings_are_kept() throws Exception {
        var id = registeredEmployee();
        var attempts = new AtomicInteger();
        var bothLoaded = new CountDownLatch(2);
        try (var secondInstance = new SpringApplicationBuilder(PrawatApplication.class)
                .properties("prawat.demo-data.enabled=false", "server.port=0")
                .run()) {
            var secondCommands = secondInstance.getBean(CommandGateway.class);
            holdAppendsUntilBothLoaded(commandBus, attempts, bothLoaded);
            holdAppendsUntilBothLoaded(secondInstance.getBean(CommandBus.class), attempts, bothLoaded);

            List<Throwable> failures = atOnce(
                    () -> commands.sendAndWait(new RecordTraining(id, TrainingId.random(), training("สัมมนา ค"))),
                    () -> secondCommands.sendAndWait(
                            new RecordTraining(id, TrainingId.random(), training("สัมมนา ง"))));

            assertThat(failures).isEmpty();
        }
        assertThat(eventTypes(id)).containsExactly("EmployeeRegistered", "TrainingRecorded", "TrainingRecorded");
        assertThat(attempts).as("two commands, the loser handled once more").hasValue(3);
    }

    /**
     * Holds each instance's first attempt just before its events are appended, after it has loaded
     * the case file and decided, until the other instance's attempt has got as far; so both decide on
     * the same version and exactly one append conflicts. Counts every attempt, retries included.
     */
    private static void holdAppendsUntilBothLoaded(CommandBus bus, AtomicInteger attempts, CountDownLatch bothLoaded) {
        MessageHandlerInterceptor<CommandMessage<?>> hold = (unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof RecordTraining && attempts.getAndIncrement() < 2) {
                unitOfWork.onPrepareCommit(u -> {
                    bothLoaded.countDown();
                    awaitQuietly(bothLoaded);
                });
            }
            return chain.proceed();
        };
        ((SimpleCommandBus) bus).registerHandlerInterceptor(hold);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
                // Each sender thread acts as the test itself does (the server refuses anyone unnamed).
                futures.add(pool.submit(() -> {
                    start.await();
                    return CurrentActor.callAs(ActingAsTheApplication.TEST, () -> {
                        try {
                            return command.call();
                        } catch (RuntimeException refused) {
                            throw refused;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
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
