package org.prawat.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.course.CourseTest.CREATED;
import static org.prawat.domain.course.CourseTest.SESSION_1_SCHEDULED;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.course.AttendeeCannotBeRecorded;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.SeparationReason;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.domain.TestClock;
import org.prawat.domain.employee.CaseFilesAhead;
import org.prawat.domain.employee.Employee;
import org.prawat.domain.lookup.InMemoryNationalIdRegistry;
import org.prawat.domain.lookup.InMemoryOrganisationUnitDirectory;
import org.prawat.domain.lookup.NationalIdRegistry;
import org.prawat.domain.lookup.OrganisationUnitDirectory;

/**
 * The processing configuration with real Axon components in memory: attendance reaches the case
 * files before the sender's {@code sendAndWait} returns, and a refusal reaches the sender. That
 * the database transaction covers it all is for the PostgreSQL integration test in the ui module.
 */
class SessionAttendanceProcessingTest {

    private static final EmployeeId WITTAYA = new EmployeeId("wittaya");
    private static final EmployeeId SOMSRI = new EmployeeId("somsri");

    private Configuration axon;

    @BeforeEach
    void startAxon() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Course.class)
                .configureAggregate(Employee.class)
                .registerComponent(Clock.class, c -> TestClock.TODAY_IN_THAILAND)
                .registerComponent(NationalIdRegistry.class, c -> new InMemoryNationalIdRegistry())
                .registerComponent(OrganisationUnitDirectory.class, c -> new InMemoryOrganisationUnitDirectory())
                .configureCorrelationDataProviders(c -> List.of(
                        new MessageOriginProvider(),
                        new SimpleCorrelationDataProvider(MetaDataKeys.ISSUED_BY, MetaDataKeys.REASON)));
        configurer
                .eventProcessing()
                .registerEventHandler(c -> new SessionAttendance(c.commandGateway(), CaseFilesAhead.NONE));
        new SessionAttendanceProcessing()
                .sessionAttendanceInTheCommandsTransaction()
                .configureModule(configurer);
        axon = configurer.start();
        given("Course", CourseTest.COURSE.value(), CREATED, SESSION_1_SCHEDULED);
        given("Employee", WITTAYA.value(), registered(WITTAYA));
        given("Employee", SOMSRI.value(), registered(SOMSRI));
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
    }

    @Test
    void session_attendance_is_handled_by_a_subscribing_processor() {
        assertThat(axon.eventProcessingConfiguration()
                        .eventProcessor(SessionAttendance.PROCESSING_GROUP, SubscribingEventProcessor.class))
                .isPresent();
    }

    @Test
    void every_case_file_holds_the_training_when_the_senders_command_returns() {
        axon.commandGateway().sendAndWait(attendance(WITTAYA, SOMSRI));

        assertThat(trainingsOf(WITTAYA)).hasSize(1);
        assertThat(trainingsOf(SOMSRI)).hasSize(1);
    }

    @Test
    void each_case_files_record_says_who_recorded_the_attendance_and_traces_back_to_that_command() {
        var command = GenericCommandMessage.asCommandMessage(attendance(WITTAYA))
                .andMetaData(Map.of(MetaDataKeys.ISSUED_BY, "hr.songkhla"));

        axon.commandGateway().sendAndWait(command);

        var recorded = axon.eventStore()
                .readEvents(WITTAYA.value())
                .asStream()
                .filter(event -> event.getPayload() instanceof TrainingRecorded)
                .findFirst()
                .orElseThrow();
        assertThat(recorded.getMetaData())
                .containsEntry(MetaDataKeys.ISSUED_BY, "hr.songkhla")
                .containsEntry("traceId", command.getIdentifier());
    }

    @Test
    void a_refusing_case_file_refuses_the_senders_command_and_no_other_case_file_gets_the_training() {
        givenFrom(
                "Employee",
                SOMSRI.value(),
                1,
                new EmployeeSeparated(SOMSRI, SeparationReason.RESIGNED, "คำสั่ง 12/2569", LocalDate.of(2026, 9, 30)));

        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(attendance(WITTAYA, SOMSRI)))
                .isInstanceOf(AttendeeCannotBeRecorded.class)
                .hasMessageContaining("somsri");
        assertThat(trainingsOf(WITTAYA))
                .as("recorded in a nested unit of work, never stored")
                .isEmpty();
    }

    private List<?> trainingsOf(EmployeeId employee) {
        return axon.eventStore()
                .readEvents(employee.value())
                .asStream()
                .map(EventMessage::getPayload)
                .filter(TrainingRecorded.class::isInstance)
                .map(TrainingRecorded.class::cast)
                .toList();
    }

    private void given(String type, String id, Object... events) {
        givenFrom(type, id, 0, events);
    }

    private void givenFrom(String type, String id, int firstSequence, Object... events) {
        EventStore store = axon.eventStore();
        for (int i = 0; i < events.length; i++) {
            store.publish(new GenericDomainEventMessage<>(type, id, firstSequence + i, events[i]));
        }
    }

    private static RecordSessionAttendance attendance(EmployeeId... attendees) {
        return new RecordSessionAttendance(
                CourseTest.COURSE, CourseTest.SESSION_1, List.of(attendees), TrainingOutcome.PASSED);
    }

    private static EmployeeRegistered registered(EmployeeId employee) {
        return new EmployeeRegistered(
                employee,
                "1103700123453",
                "นาย",
                employee.value(),
                "บุญมา",
                PersonnelType.SUBDISTRICT_STAFF,
                new OrganisationUnitId("songkhla-pao-hr"),
                "นักทรัพยากรบุคคลปฏิบัติการ",
                null,
                LocalDate.of(2024, 1, 15));
    }
}
