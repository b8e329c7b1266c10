package org.prawat.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.knowledge.KnowledgeItemId;
import org.prawat.api.knowledge.PublishKnowledgeItem;
import org.prawat.api.knowledge.TrainingReportRef;
import org.prawat.api.knowledge.UnknownTrainingReport;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.SubmitTrainingReport;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestEmployees;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A knowledge item cites a post-training report through the registry that the report's own
 * command wrote in PostgreSQL: a report is citable once submitted, and no longer once its training
 * is retracted.
 */
@PrawatIntegrationTest
class KnowledgeItemIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_participant_publishes_a_knowledge_item_from_the_report_just_submitted() {
        var participant = registered();
        var report = new TrainingReportRef(participant, trained(participant));
        commands.sendAndWait(new SubmitTrainingReport(
                participant,
                report.trainingId(),
                "ผู้ที่จะทำงานด้านบริการได้ดี ต้องมีหัวใจการให้บริการ",
                "นำไปปรับปรุงการต้อนรับประชาชนที่ศูนย์บริการร่วม",
                LocalDate.of(2024, 8, 20)));
        var item = KnowledgeItemId.random();

        commands.sendAndWait(publish(item, participant, report));

        assertThat(eventsOf(item)).containsExactly("org.prawat.api.knowledge.KnowledgeItemPublished");
    }

    @Test
    void a_training_without_a_report_cannot_be_cited() {
        var participant = registered();
        var report = new TrainingReportRef(participant, trained(participant));
        var item = KnowledgeItemId.random();

        assertThatThrownBy(() -> commands.sendAndWait(publish(item, participant, report)))
                .isInstanceOf(UnknownTrainingReport.class);
        assertThat(eventsOf(item)).isEmpty();
    }

    @Test
    void a_report_whose_training_was_retracted_can_no_longer_be_cited() {
        var participant = registered();
        var report = new TrainingReportRef(participant, trained(participant));
        commands.sendAndWait(new SubmitTrainingReport(
                participant, report.trainingId(), "การทำงานเป็นทีม", "แบ่งงานตามความถนัด", LocalDate.of(2024, 8, 20)));
        commands.sendAndWait(new RetractRecord(
                participant,
                report.trainingId().value(),
                RecordKind.TRAINING,
                new CorrectionDetails("บันทึกผิดคน", "บันทึกข้อความ กจ. 31/2567", "นางสาวสุภาพร ศรีสุข"),
                null));

        assertThatThrownBy(() -> commands.sendAndWait(publish(KnowledgeItemId.random(), participant, report)))
                .isInstanceOf(UnknownTrainingReport.class);
    }

    private EmployeeId registered() {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        commands.sendAndWait(registration);
        return registration.employeeId();
    }

    private TrainingId trained(EmployeeId participant) {
        var trainingId = TrainingId.random();
        commands.sendAndWait(new RecordTraining(
                participant,
                trainingId,
                new Training(
                        TrainingKind.TRAINING,
                        "กลยุทธ์การทำงานร่วมกันสู่ความเป็นเลิศ",
                        "องค์การบริหารส่วนจังหวัดสงขลา",
                        List.of("รองศาสตราจารย์ ดร.วิทยาธร ท่อแก้ว"),
                        LocalDate.of(2024, 8, 5),
                        LocalDate.of(2024, 8, 7),
                        new BigDecimal("18"),
                        DevelopmentArea.PERSONAL_QUALITIES,
                        TrainingOutcome.PASSED,
                        null,
                        null,
                        null)));
        return trainingId;
    }

    private static PublishKnowledgeItem publish(KnowledgeItemId item, EmployeeId author, TrainingReportRef report) {
        return new PublishKnowledgeItem(
                item,
                "หัวใจการให้บริการประชาชน",
                "บริการประชาชนด้วยใจ: ทำให้ผู้อื่นมีสุขและตนเองก็เกิดสุขด้วย",
                List.of("การบริการประชาชน"),
                author,
                report,
                LocalDate.of(2024, 9, 2));
    }

    private List<String> eventsOf(KnowledgeItemId item) {
        return jdbc.queryForList(
                "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                String.class,
                item.value());
    }
}
