package org.prawat.query.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.query.knowledge.KnowledgeTestData.CORRECTION;
import static org.prawat.query.knowledge.KnowledgeTestData.COURSE_TITLE;
import static org.prawat.query.knowledge.KnowledgeTestData.HR_DIVISION;
import static org.prawat.query.knowledge.KnowledgeTestData.ITEM;
import static org.prawat.query.knowledge.KnowledgeTestData.MAEHIA;
import static org.prawat.query.knowledge.KnowledgeTestData.MINISTRY;
import static org.prawat.query.knowledge.KnowledgeTestData.SERVICE_COURSE;
import static org.prawat.query.knowledge.KnowledgeTestData.SONGKHLA_PAO;
import static org.prawat.query.knowledge.KnowledgeTestData.SUPAPORN;
import static org.prawat.query.knowledge.KnowledgeTestData.SUPAPORN_NAME;
import static org.prawat.query.knowledge.KnowledgeTestData.TRAINER;
import static org.prawat.query.knowledge.KnowledgeTestData.TRAINING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.TrainingCorrected;
import org.prawat.api.employee.EmployeeTransferred;
import org.prawat.api.knowledge.KnowledgeItemArchived;
import org.prawat.api.knowledge.KnowledgeKind;
import org.prawat.api.organisation.OrganisationUnitMoved;
import org.prawat.api.training.Training;
import org.prawat.query.projection.InMemoryProjectionTarget;

class KnowledgeProjectionTest {

    private final InMemoryProjectionTarget target = new InMemoryProjectionTarget();
    private final List<AnnotationEventHandlerAdapter> projections = KnowledgeConfiguration.projections(target).stream()
            .map(AnnotationEventHandlerAdapter::new)
            .toList();
    private final List<Object> log = new ArrayList<>();

    @Test
    void a_course_gathers_its_sessions_trainers_and_venues_and_is_dated_by_its_latest_session() {
        apply(KnowledgeTestData.courseCreated(), KnowledgeTestData.firstSession());

        var course = document(KnowledgeKind.COURSE, SERVICE_COURSE.value());
        assertThat(course.title()).isEqualTo(COURSE_TITLE);
        assertThat(course.trainers()).containsExactly(TRAINER, "นางสาวดวงใจ ทองดี");
        assertThat(course.sessions()).singleElement().satisfies(session -> assertThat(session.sessionNumber())
                .isEqualTo(1));
        assertThat(course.text()).contains("ฝึกอบรม", "ด้านคุณสมบัติส่วนตัว", "ห้องประชุม อบจ.สงขลา");
        assertThat(course.businessDate()).isEqualTo(LocalDate.of(2024, 9, 23));
        assertThat(course.unitPath()).as("the catalogue is everyone's").isEmpty();
    }

    @Test
    void a_report_is_titled_by_its_course_and_carries_its_author_and_the_authors_unit_path() {
        caseFile();

        var report = document(KnowledgeKind.TRAINING_REPORT, TRAINING.value());
        assertThat(report.title()).isEqualTo(COURSE_TITLE);
        assertThat(report.text()).contains("หัวใจการให้บริการ", "ศูนย์บริการร่วม");
        assertThat(report.authorId()).isEqualTo(SUPAPORN.value());
        assertThat(report.authorName()).isEqualTo(SUPAPORN_NAME);
        assertThat(report.unitPath()).containsExactly(MINISTRY.value(), SONGKHLA_PAO.value(), HR_DIVISION.value());
        assertThat(report.businessDate()).isEqualTo(LocalDate.of(2024, 10, 2));
        assertThat(report.status()).isEqualTo(KnowledgeStatus.ACTIVE);
    }

    @Test
    void a_corrected_course_title_retitles_the_report_on_that_training() {
        caseFile();
        var corrected = retitled(KnowledgeTestData.trainingRecorded().training(), "บริการประชาชนด้วยใจ รุ่นที่ ๒");

        apply(new TrainingCorrected(
                SUPAPORN, TRAINING, KnowledgeTestData.trainingRecorded().training(), corrected, CORRECTION, null));

        assertThat(document(KnowledgeKind.TRAINING_REPORT, TRAINING.value()).title())
                .isEqualTo("บริการประชาชนด้วยใจ รุ่นที่ ๒");
    }

    @Test
    void a_retracted_training_retracts_its_report_but_a_retracted_evaluation_does_not() {
        caseFile();

        apply(new RecordRetracted(SUPAPORN, TRAINING.value(), RecordKind.EVALUATION, CORRECTION, null));
        assertThat(document(KnowledgeKind.TRAINING_REPORT, TRAINING.value()).status())
                .isEqualTo(KnowledgeStatus.ACTIVE);

        apply(new RecordRetracted(SUPAPORN, TRAINING.value(), RecordKind.TRAINING, CORRECTION, null));
        assertThat(document(KnowledgeKind.TRAINING_REPORT, TRAINING.value()).status())
                .isEqualTo(KnowledgeStatus.RETRACTED);
    }

    @Test
    void a_knowledge_item_says_its_latest_revision_and_is_archived_at_last() {
        caseFile();
        apply(KnowledgeTestData.itemPublished());
        assertThat(document(KnowledgeKind.KNOWLEDGE_ITEM, ITEM.value()).revision())
                .isEqualTo(1);

        apply(KnowledgeTestData.itemRevised());
        apply(new KnowledgeItemArchived(ITEM, "มีคู่มือฉบับใหม่แทน", LocalDate.of(2025, 6, 30)));

        var item = document(KnowledgeKind.KNOWLEDGE_ITEM, ITEM.value());
        assertThat(item.title()).isEqualTo("หัวใจการให้บริการ (ฉบับปรับปรุง)");
        assertThat(item.text()).isEqualTo("เพิ่มขั้นตอนการรับเรื่องร้องเรียนของประชาชน");
        assertThat(item.topics()).containsExactly("การบริการประชาชน", "เรื่องร้องเรียน");
        assertThat(item.revision()).isEqualTo(2);
        assertThat(item.sourceReportId()).isEqualTo(TRAINING.value());
        assertThat(item.authorName()).isEqualTo(SUPAPORN_NAME);
        assertThat(item.status()).isEqualTo(KnowledgeStatus.ARCHIVED);
    }

    @Test
    void a_transfer_moves_every_document_of_the_author_to_the_new_unit() {
        caseFile();
        apply(KnowledgeTestData.itemPublished());

        apply(new EmployeeTransferred(SUPAPORN, HR_DIVISION, MAEHIA, "สข 0023/45", LocalDate.of(2025, 6, 1)));

        for (var document : List.of(
                document(KnowledgeKind.TRAINING_REPORT, TRAINING.value()),
                document(KnowledgeKind.KNOWLEDGE_ITEM, ITEM.value()))) {
            assertThat(document.unitId()).isEqualTo(MAEHIA.value());
            assertThat(document.unitPath()).containsExactly(MINISTRY.value(), MAEHIA.value());
        }
    }

    @Test
    void a_unit_move_carries_the_authors_documents_with_the_subtree() {
        caseFile();

        apply(new OrganisationUnitMoved(HR_DIVISION, SONGKHLA_PAO, MAEHIA, LocalDate.of(2025, 7, 1)));

        assertThat(document(KnowledgeKind.TRAINING_REPORT, TRAINING.value()).unitPath())
                .containsExactly(MINISTRY.value(), MAEHIA.value(), HR_DIVISION.value());
    }

    @Test
    void applying_every_event_again_changes_nothing() {
        caseFile();
        apply(KnowledgeTestData.itemPublished(), KnowledgeTestData.itemRevised());
        var before = document(KnowledgeKind.KNOWLEDGE_ITEM, ITEM.value());

        replayAll();

        assertThat(document(KnowledgeKind.KNOWLEDGE_ITEM, ITEM.value())).isEqualTo(before);
        assertThat(target.documents(KnowledgeStore.PEOPLE)
                        .get(SUPAPORN.value(), KnowledgeAuthor.class)
                        .orElseThrow()
                        .documentIds())
                .containsExactly(
                        KnowledgeDocument.idOf(KnowledgeKind.TRAINING_REPORT, TRAINING.value()),
                        KnowledgeDocument.idOf(KnowledgeKind.KNOWLEDGE_ITEM, ITEM.value()));
    }

    @Test
    void a_report_by_someone_whose_registration_was_not_seen_still_names_its_author() {
        apply(KnowledgeTestData.reportSubmitted());

        var report = document(KnowledgeKind.TRAINING_REPORT, TRAINING.value());
        assertThat(report.authorId()).isEqualTo(SUPAPORN.value());
        assertThat(report.title()).isEqualTo(KnowledgeProjection.UNTITLED_REPORT);
    }

    private void caseFile() {
        KnowledgeTestData.units().forEach(this::apply);
        apply(
                KnowledgeTestData.registered(),
                KnowledgeTestData.trainingRecorded(),
                KnowledgeTestData.reportSubmitted());
    }

    private void apply(Object... payloads) {
        for (Object payload : payloads) {
            log.add(payload);
            deliver(log.size() - 1, payload);
        }
    }

    private void replayAll() {
        for (int position = 0; position < log.size(); position++) {
            deliver(position, log.get(position));
        }
    }

    private void deliver(long position, Object payload) {
        var message = new GenericTrackedEventMessage<>(
                new GlobalSequenceTrackingToken(position), GenericEventMessage.asEventMessage(payload));
        for (var projection : projections) {
            try {
                if (projection.canHandle(message)) {
                    projection.handle(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private KnowledgeDocument document(KnowledgeKind kind, String recordId) {
        return target.documents(KnowledgeStore.DOCUMENTS)
                .get(KnowledgeDocument.idOf(kind, recordId), KnowledgeDocument.class)
                .orElseThrow();
    }

    private static Training retitled(Training t, String title) {
        return new Training(
                t.kind(),
                title,
                t.provider(),
                t.trainers(),
                t.startDate(),
                t.endDate(),
                t.hours(),
                t.area(),
                t.outcome(),
                t.certificateNumber(),
                t.cost(),
                t.funding());
    }
}
