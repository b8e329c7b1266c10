package org.prawat.query.knowledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.course.CourseCreated;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CourseSessionScheduled;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.knowledge.KnowledgeItemId;
import org.prawat.api.knowledge.KnowledgeItemPublished;
import org.prawat.api.knowledge.KnowledgeItemRevised;
import org.prawat.api.knowledge.TrainingReportRef;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.api.training.TrainingReportSubmitted;

/** A course, a participant's report on it and the knowledge item she drew from it, in the seeds' words. */
final class KnowledgeTestData {

    static final OrganisationUnitId MINISTRY = new OrganisationUnitId("moi");
    static final OrganisationUnitId SONGKHLA_PAO = new OrganisationUnitId("songkhla-pao");
    static final OrganisationUnitId HR_DIVISION = new OrganisationUnitId("songkhla-pao-hr");
    static final OrganisationUnitId MAEHIA = new OrganisationUnitId("maehia-municipality");
    static final EmployeeId SUPAPORN = new EmployeeId("supaporn");
    static final String SUPAPORN_NAME = "นางสาวสุภาพร ศรีสุข";
    static final CourseId SERVICE_COURSE = new CourseId("service-mind-2567");
    static final CourseSessionId FIRST_SESSION = new CourseSessionId("service-mind-2567-1");
    static final String COURSE_TITLE = "บริการประชาชนด้วยใจ สู่การเป็นพนักงานมืออาชีพ";
    static final String TRAINER = "นายไพเจน มากสุวรรณ์";
    static final TrainingId TRAINING = new TrainingId("service-mind-supaporn");
    static final KnowledgeItemId ITEM = new KnowledgeItemId("heart-of-service");
    static final CorrectionDetails CORRECTION =
            new CorrectionDetails("บันทึกผิดคน", "หนังสือ สข 0023/1234 ลงวันที่ 5 พ.ค. 2568", "นายสมชาย ใจดี");

    private KnowledgeTestData() {}

    static List<Object> units() {
        return List.of(
                new OrganisationUnitCreated(MINISTRY, "กระทรวงมหาดไทย", UnitKind.MINISTRY, null, null),
                new OrganisationUnitCreated(
                        SONGKHLA_PAO, "องค์การบริหารส่วนจังหวัดสงขลา", UnitKind.ORGANISATION, MINISTRY, null),
                new OrganisationUnitCreated(HR_DIVISION, "กองการเจ้าหน้าที่", UnitKind.DIVISION, SONGKHLA_PAO, null),
                new OrganisationUnitCreated(MAEHIA, "เทศบาลเมืองแม่เหียะ", UnitKind.ORGANISATION, MINISTRY, null));
    }

    static EmployeeRegistered registered() {
        return new EmployeeRegistered(
                SUPAPORN,
                "1103700123453",
                "นางสาว",
                "สุภาพร",
                "ศรีสุข",
                PersonnelType.PROVINCIAL_STAFF,
                HR_DIVISION,
                "นักทรัพยากรบุคคล",
                "ปฏิบัติการ",
                LocalDate.of(2020, 10, 1));
    }

    static CourseCreated courseCreated() {
        return new CourseCreated(
                SERVICE_COURSE,
                COURSE_TITLE,
                "องค์การบริหารส่วนจังหวัดสงขลา",
                TrainingKind.TRAINING,
                DevelopmentArea.PERSONAL_QUALITIES,
                "ปลูกฝังค่านิยมในองค์กร ตระหนักและมุ่งผลประโยชน์ของประชาชนเป็นหลัก");
    }

    static CourseSessionScheduled firstSession() {
        return new CourseSessionScheduled(
                SERVICE_COURSE,
                FIRST_SESSION,
                1,
                LocalDate.of(2024, 9, 23),
                LocalDate.of(2024, 9, 25),
                new BigDecimal("18"),
                List.of(TRAINER, "นางสาวดวงใจ ทองดี"),
                "ห้องประชุม อบจ.สงขลา");
    }

    static TrainingRecorded trainingRecorded() {
        return new TrainingRecorded(
                SUPAPORN,
                TRAINING,
                new Training(
                        TrainingKind.TRAINING,
                        COURSE_TITLE,
                        "องค์การบริหารส่วนจังหวัดสงขลา",
                        List.of(TRAINER),
                        LocalDate.of(2024, 9, 23),
                        LocalDate.of(2024, 9, 25),
                        new BigDecimal("18"),
                        DevelopmentArea.PERSONAL_QUALITIES,
                        TrainingOutcome.ATTENDED,
                        null,
                        null,
                        null));
    }

    static TrainingReportSubmitted reportSubmitted() {
        return new TrainingReportSubmitted(
                SUPAPORN,
                TRAINING,
                "ผู้ที่จะทำงานด้านบริการได้ดี ต้องมีหัวใจการให้บริการ",
                "ปรับปรุงการต้อนรับประชาชนที่ศูนย์บริการร่วม",
                LocalDate.of(2024, 10, 2));
    }

    static KnowledgeItemPublished itemPublished() {
        return new KnowledgeItemPublished(
                ITEM,
                "หัวใจการให้บริการ",
                "ทำด้วยใจมีทัศนคติที่ดีจะมีความสุขในการทำงาน",
                List.of("การบริการประชาชน"),
                SUPAPORN,
                new TrainingReportRef(SUPAPORN, TRAINING),
                LocalDate.of(2024, 11, 1));
    }

    static KnowledgeItemRevised itemRevised() {
        return new KnowledgeItemRevised(
                ITEM,
                2,
                "หัวใจการให้บริการ (ฉบับปรับปรุง)",
                "เพิ่มขั้นตอนการรับเรื่องร้องเรียนของประชาชน",
                List.of("การบริการประชาชน", "เรื่องร้องเรียน"),
                SUPAPORN,
                LocalDate.of(2025, 1, 10),
                "เพิ่มเนื้อหา");
    }
}
