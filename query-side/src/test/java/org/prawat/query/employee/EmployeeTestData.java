package org.prawat.query.employee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;

/**
 * An อบจ.สงขลา officer (seed 000) and the units around her: an orientation of the อบจ. and a course
 * of สถาบันดำรงราชานุภาพ (seed 004), evaluations, and เทศบาลเมืองแม่เหียะ (seed 002) to move to.
 */
final class EmployeeTestData {

    static final OrganisationUnitId MINISTRY = new OrganisationUnitId("moi");
    static final OrganisationUnitId SONGKHLA_PAO = new OrganisationUnitId("songkhla-pao");
    static final OrganisationUnitId HR_DIVISION = new OrganisationUnitId("songkhla-pao-hr");
    static final OrganisationUnitId MAEHIA = new OrganisationUnitId("maehia-municipality");
    static final EmployeeId SUPAPORN = new EmployeeId("supaporn");
    static final TrainingId ORIENTATION = new TrainingId("orientation-2567");
    static final TrainingId COURSE = new TrainingId("damrong-2568");
    static final EvaluationId FIRST_ROUND = new EvaluationId("evaluation-1-2568");
    static final EvaluationId SECOND_ROUND = new EvaluationId("evaluation-2-2568");

    private EmployeeTestData() {}

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

    /** Ended 25 September 2024: fiscal year 2567. */
    static Training orientation(String hours) {
        return new Training(
                TrainingKind.ORIENTATION,
                "กลยุทธ์การทำงานร่วมกันสู่ความเป็นเลิศ",
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

    /** Held 1–3 October 2024: fiscal year 2568. */
    static Training course(String hours) {
        return new Training(
                TrainingKind.TRAINING,
                "การอบรมเพื่อเสริมสมรรถนะในการขับเคลื่อนงาน",
                "สถาบันดำรงราชานุภาพ",
                List.of("นายกฤษฎา บุญราช"),
                LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 10, 3),
                new BigDecimal(hours),
                DevelopmentArea.MANAGEMENT,
                TrainingOutcome.PASSED,
                "สดร. 123/2568",
                new BigDecimal("4500"),
                "งบประมาณ อบจ.สงขลา");
    }

    static EvaluationRecorded evaluation(EvaluationId id, int round, EvaluationLevel level) {
        return new EvaluationRecorded(
                SUPAPORN,
                id,
                new FiscalYear(2568),
                round,
                new BigDecimal("92"),
                70,
                new BigDecimal("88"),
                30,
                new BigDecimal("90.80"),
                level,
                "2560",
                "นายไพเจน มากสุวรรณ์",
                round == 1 ? LocalDate.of(2025, 3, 28) : LocalDate.of(2025, 9, 26),
                "มุ่งผลประโยชน์ของประชาชนเป็นหลัก");
    }

    /** Events as a tracking processor gets them: each at the next global position. */
    static final class EventLog {

        private final List<TrackedEventMessage<?>> events = new ArrayList<>();
        private long next;

        EventLog add(Object... payloads) {
            for (Object payload : payloads) {
                long position = next++;
                events.add(new GenericTrackedEventMessage<>(
                        new GlobalSequenceTrackingToken(position),
                        new GenericEventMessage<>(
                                "event-" + position,
                                payload,
                                MetaData.emptyInstance(),
                                Instant.parse("2025-01-01T02:00:00Z").plusSeconds(position))));
            }
            return this;
        }

        List<TrackedEventMessage<?>> events() {
            return List.copyOf(events);
        }
    }
}
