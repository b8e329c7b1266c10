package org.prawat.query.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.prawat.api.commendation.CertificateOfHonourAwarded;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.TrainingCorrected;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeTransferred;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.PositionChanged;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.EvaluationReviewed;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.OrganisationUnitMoved;
import org.prawat.api.organisation.UnitKind;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.api.training.TrainingReportSubmitted;

/**
 * The case file of an อบจ.สงขลา officer (seed 000): an orientation and a course of สถาบันดำรงราชานุภาพ
 * (seed 004), a report, an evaluation, a certificate, a correction of the orientation's hours and a
 * transfer to เทศบาลเมืองแม่เหียะ; and the units they sit in.
 */
final class TimelineTestData {

    static final OrganisationUnitId MINISTRY = new OrganisationUnitId("moi");
    static final OrganisationUnitId SONGKHLA_PAO = new OrganisationUnitId("songkhla-pao");
    static final OrganisationUnitId HR_DIVISION = new OrganisationUnitId("songkhla-pao-hr");
    static final OrganisationUnitId MAEHIA = new OrganisationUnitId("maehia-municipality");
    static final EmployeeId SUPAPORN = new EmployeeId("supaporn");
    static final TrainingId ORIENTATION = new TrainingId("orientation-2567");
    static final TrainingId COURSE = new TrainingId("damrong-2568");
    static final EvaluationId EVALUATION = new EvaluationId("evaluation-1-2568");
    static final CommendationId CERTIFICATE = new CommendationId("certificate-2568");
    static final String ORIENTATION_TITLE = "กลยุทธ์การทำงานร่วมกันสู่ความเป็นเลิศ";
    static final String COURSE_TITLE = "การอบรมเพื่อเสริมสมรรถนะในการขับเคลื่อนงาน";
    static final CorrectionDetails CORRECTION = new CorrectionDetails(
            "วุฒิบัตรระบุ 21 ชั่วโมง", "หนังสือ สข 0023/1234 ลงวันที่ 5 พ.ค. 2568", "นางสาวสุภาพร ศรีสุข");

    static final Instant REGISTERED_AT = Instant.parse("2024-09-02T02:00:00Z");
    static final Instant CORRECTED_AT = Instant.parse("2025-05-06T03:00:00Z");
    static final Instant TRANSFERRED_AT = Instant.parse("2025-06-02T03:00:00Z");

    private TimelineTestData() {}

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

    static Training orientation(String hours) {
        return new Training(
                TrainingKind.ORIENTATION,
                ORIENTATION_TITLE,
                "องค์การบริหารส่วนจังหวัดสงขลา",
                List.of("นายไพเจน มากสุวรรณ์"),
                LocalDate.of(2024, 9, 23),
                LocalDate.of(2024, 9, 25),
                new BigDecimal(hours),
                DevelopmentArea.PERSONAL_QUALITIES,
                TrainingOutcome.ATTENDED,
                null,
                null,
                null);
    }

    static Training course() {
        return new Training(
                TrainingKind.TRAINING,
                COURSE_TITLE,
                "สถาบันดำรงราชานุภาพ",
                List.of("นายกฤษฎา บุญราช"),
                LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 10, 3),
                new BigDecimal("18"),
                DevelopmentArea.MANAGEMENT,
                TrainingOutcome.PASSED,
                "สดร. 123/2568",
                new BigDecimal("4500"),
                "งบประมาณ อบจ.สงขลา");
    }

    static EvaluationRecorded evaluation() {
        return new EvaluationRecorded(
                SUPAPORN,
                EVALUATION,
                new FiscalYear(2568),
                1,
                new BigDecimal("92"),
                70,
                new BigDecimal("88"),
                30,
                new BigDecimal("90.80"),
                EvaluationLevel.OUTSTANDING,
                "2560",
                "นายไพเจน มากสุวรรณ์",
                LocalDate.of(2025, 3, 28),
                "มุ่งผลประโยชน์ของประชาชนเป็นหลัก");
    }

    static TrainingCorrected orientationCorrected() {
        return new TrainingCorrected(SUPAPORN, ORIENTATION, orientation("18"), orientation("21"), CORRECTION, null);
    }

    /** The whole case file, in the order it was recorded, with the moments it was recorded at. */
    static List<DomainEventMessage<?>> caseFile() {
        return caseFile(new EventLog(SUPAPORN.value())).events();
    }

    /** The units created, then the case file: one ordered stream as a tracking processor sees it. */
    static EventLog unitsAndCaseFile() {
        var log = new EventLog(SUPAPORN.value());
        units().forEach(unit -> log.at(Instant.parse("2024-01-05T02:00:00Z"), unit));
        return caseFile(log);
    }

    private static EventLog caseFile(EventLog log) {
        log.at(REGISTERED_AT, registered());
        log.at(Instant.parse("2024-09-26T02:00:00Z"), new TrainingRecorded(SUPAPORN, ORIENTATION, orientation("18")));
        log.at(
                Instant.parse("2024-09-30T02:00:00Z"),
                new TrainingReportSubmitted(
                        SUPAPORN,
                        ORIENTATION,
                        "ค่านิยมในองค์กร การให้บริการด้วยใจ และหลักธรรมาภิบาล",
                        "ใช้ในการให้บริการประชาชนที่กองการเจ้าหน้าที่",
                        LocalDate.of(2024, 9, 30)));
        log.at(Instant.parse("2024-10-04T02:00:00Z"), new TrainingRecorded(SUPAPORN, COURSE, course()));
        log.at(Instant.parse("2025-03-31T02:00:00Z"), evaluation());
        log.at(
                Instant.parse("2025-04-08T02:00:00Z"),
                new EvaluationReviewed(
                        SUPAPORN,
                        EVALUATION,
                        "นายสุทธิพงษ์ จุลเจริญ",
                        true,
                        "เห็นด้วยกับผลการประเมิน",
                        LocalDate.of(2025, 4, 8)));
        log.at(
                Instant.parse("2025-04-20T02:00:00Z"),
                new CertificateOfHonourAwarded(
                        SUPAPORN,
                        CERTIFICATE,
                        "บุคลากรผู้มีผลการปฏิบัติงานดีเด่น ด้านการให้บริการประชาชน",
                        "องค์การบริหารส่วนจังหวัดสงขลา",
                        "สข 0023/2568",
                        LocalDate.of(2025, 4, 20)));
        log.at(CORRECTED_AT, orientationCorrected());
        log.at(
                TRANSFERRED_AT,
                new EmployeeTransferred(SUPAPORN, HR_DIVISION, MAEHIA, "245/2568", LocalDate.of(2025, 6, 1)));
        log.at(
                Instant.parse("2025-10-02T02:00:00Z"),
                new PositionChanged(
                        SUPAPORN,
                        "นักทรัพยากรบุคคล",
                        "นักทรัพยากรบุคคล",
                        "ชำนาญการ",
                        "301/2568",
                        LocalDate.of(2025, 10, 1)));
        return log;
    }

    static RecordRetracted certificateRetracted() {
        return new RecordRetracted(SUPAPORN, CERTIFICATE.value(), RecordKind.COMMENDATION, CORRECTION, null);
    }

    static OrganisationUnitMoved hrDivisionMovedUnderMaehia() {
        return new OrganisationUnitMoved(HR_DIVISION, SONGKHLA_PAO, MAEHIA, LocalDate.of(2025, 7, 1));
    }

    /** Events as one stream would give them: each with the next position, an id and a record time. */
    static final class EventLog {

        private final String aggregateId;
        private final List<DomainEventMessage<?>> events = new ArrayList<>();
        private long next;

        EventLog(String aggregateId) {
            this(aggregateId, 0);
        }

        EventLog(String aggregateId, long first) {
            this.aggregateId = aggregateId;
            this.next = first;
        }

        EventLog at(Instant recordedAt, Object payload) {
            long position = next++;
            events.add(new GenericDomainEventMessage<>(
                    "Employee",
                    aggregateId,
                    position,
                    payload,
                    MetaData.emptyInstance(),
                    aggregateId + "-event-" + position,
                    recordedAt));
            return this;
        }

        List<DomainEventMessage<?>> events() {
            return List.copyOf(events);
        }
    }
}
