package org.prawat.domain.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.knowledge.TrainingReportRef;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.SubmitTrainingReport;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.api.training.TrainingReportSubmitted;
import org.prawat.domain.TestClock;
import org.prawat.domain.employee.Employee;

/**
 * The processing configuration with real Axon components in memory: the registry holds a report
 * when the submitting command returns, and a registry that cannot write refuses the command. That
 * the database transaction covers both is for the PostgreSQL integration test in the ui module.
 */
class TrainingReportRegistrationProcessingTest {

    private static final EmployeeId MALAI = new EmployeeId("malai");
    private static final TrainingId SEMINAR = new TrainingId("smart-office-seminar-2568");
    private static final TrainingReportRef REPORT = new TrainingReportRef(MALAI, SEMINAR);
    private static final SubmitTrainingReport SUBMIT = new SubmitTrainingReport(
            MALAI,
            SEMINAR,
            "แนวคิดสำนักงานอัจฉริยะ: กองต่าง ๆ มีอิสระในการปรับแผนงานให้ตอบสนองประชาชน",
            "นำระบบสารบรรณอิเล็กทรอนิกส์มาใช้ในกองการเจ้าหน้าที่",
            LocalDate.of(2025, 3, 10));

    private Configuration axon;

    @AfterEach
    void stopAxon() {
        axon.shutdown();
    }

    @Test
    void the_registry_is_written_by_a_subscribing_processor() {
        startAxon(new InMemoryTrainingReportDirectory());

        assertThat(axon.eventProcessingConfiguration()
                        .eventProcessor(TrainingReportRegistration.PROCESSING_GROUP, SubscribingEventProcessor.class))
                .isPresent();
    }

    @Test
    void the_report_stands_in_the_registry_when_the_submitting_command_returns() {
        var reports = new InMemoryTrainingReportDirectory();
        startAxon(reports);

        axon.commandGateway().sendAndWait(SUBMIT);

        assertThat(reports.isStanding(REPORT)).isTrue();
    }

    @Test
    void retracting_the_training_takes_its_report_out_of_the_registry_before_the_command_returns() {
        var reports = new InMemoryTrainingReportDirectory();
        startAxon(reports);
        axon.commandGateway().sendAndWait(SUBMIT);

        axon.commandGateway()
                .sendAndWait(new RetractRecord(
                        MALAI,
                        SEMINAR.value(),
                        RecordKind.TRAINING,
                        new CorrectionDetails("บันทึกซ้ำ", "บันทึกข้อความ กจ. 7/2568", "นายสมศักดิ์ ปลัดเทศบาล"),
                        null));

        assertThat(reports.isStanding(REPORT)).isFalse();
    }

    @Test
    void a_registry_that_cannot_write_refuses_the_report_and_nothing_is_stored() {
        startAxon(new InMemoryTrainingReportDirectory() {
            @Override
            public void registerSubmitted(TrainingReportRef report, LocalDate submittedOn) {
                throw new IllegalStateException("registry unavailable");
            }
        });

        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(SUBMIT))
                .hasMessageContaining("registry unavailable");
        assertThat(axon.eventStore()
                        .readEvents(MALAI.value())
                        .asStream()
                        .map(EventMessage::getPayload)
                        .filter(TrainingReportSubmitted.class::isInstance))
                .isEmpty();
    }

    private void startAxon(TrainingReportDirectory reports) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Employee.class)
                .registerComponent(Clock.class, c -> TestClock.TODAY_IN_THAILAND)
                .registerComponent(NationalIdRegistry.class, c -> new InMemoryNationalIdRegistry())
                .registerComponent(OrganisationUnitDirectory.class, c -> new InMemoryOrganisationUnitDirectory());
        configurer.eventProcessing().registerEventHandler(c -> new TrainingReportRegistration(reports));
        new TrainingReportRegistrationProcessing()
                .trainingReportsRegisteredInTheCommandsTransaction()
                .configureModule(configurer);
        axon = configurer.start();
        var events = List.of(registered(), trained());
        for (int i = 0; i < events.size(); i++) {
            axon.eventStore().publish(new GenericDomainEventMessage<>("Employee", MALAI.value(), i, events.get(i)));
        }
    }

    private static EmployeeRegistered registered() {
        return new EmployeeRegistered(
                MALAI,
                "1103700123453",
                "นางสาว",
                "มาลัย",
                "ศรีสุข",
                PersonnelType.SUBDISTRICT_STAFF,
                new OrganisationUnitId("mae-hia-municipality-hr"),
                "นักทรัพยากรบุคคลชำนาญการ",
                null,
                LocalDate.of(2019, 6, 3));
    }

    private static TrainingRecorded trained() {
        return new TrainingRecorded(
                MALAI,
                SEMINAR,
                new Training(
                        TrainingKind.SEMINAR,
                        "สำนักงานอัจฉริยะ",
                        "เทศบาลเมืองแม่เหียะ",
                        List.of(),
                        LocalDate.of(2025, 3, 3),
                        LocalDate.of(2025, 3, 3),
                        new BigDecimal("6"),
                        DevelopmentArea.MANAGEMENT,
                        TrainingOutcome.ATTENDED,
                        null,
                        null,
                        null));
    }
}
