package org.prawat.query.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.query.timeline.TimelineTestData.COURSE;
import static org.prawat.query.timeline.TimelineTestData.SUPAPORN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prawat.api.commendation.BonusGranted;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.LetterOfPraiseIssued;
import org.prawat.api.commendation.OutstandingEmployeeAwarded;
import org.prawat.api.commendation.RoyalDecorationClass;
import org.prawat.api.commendation.RoyalDecorationConferred;
import org.prawat.api.commendation.SalaryStepIncreaseGranted;
import org.prawat.api.correction.CorrectionRequestApproved;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.CorrectionRequested;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.TrainingCorrected;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.plan.DevelopmentPlanId;
import org.prawat.api.plan.DevelopmentPlanPrepared;
import org.prawat.api.plan.PlannedActivity;
import org.prawat.api.plan.PlannedActivityDropped;
import org.prawat.api.plan.PlannedActivityId;
import org.prawat.api.plan.TrainingLinkedToPlannedActivity;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.query.projection.InMemoryDocuments;

/** Every kind of record reads as a Thai entry of its own kind, and later events about it change that entry. */
class TimelineEntryKindsTest {

    private static final Instant LATER = Instant.parse("2025-11-03T02:00:00Z");
    private static final LocalDate AWARDED = LocalDate.of(2025, 10, 15);

    @Test
    void each_kind_of_commendation_has_its_own_kind_and_thai_title() {
        var fold = foldWith(
                new SalaryStepIncreaseGranted(
                        SUPAPORN,
                        id("step"),
                        new BigDecimal("1.0"),
                        null,
                        TimelineTestData.EVALUATION,
                        "321/2568",
                        AWARDED,
                        AWARDED),
                new BonusGranted(
                        SUPAPORN, id("bonus"), new BigDecimal("15000"), new FiscalYear(2568), "322/2568", AWARDED),
                new OutstandingEmployeeAwarded(
                        SUPAPORN,
                        id("outstanding"),
                        "พนักงานดีเด่นด้านการให้บริการประชาชน",
                        "นายก อบจ.สงขลา",
                        2568,
                        AWARDED),
                new LetterOfPraiseIssued(
                        SUPAPORN,
                        id("letter"),
                        "ปลัดกระทรวงมหาดไทย",
                        "การขับเคลื่อน MOI Next - Change for Good",
                        "มท 0201/55",
                        AWARDED),
                new RoyalDecorationConferred(
                        SUPAPORN,
                        id("decoration"),
                        RoyalDecorationClass.WHITE_ELEPHANT_SECOND,
                        142,
                        "5 ข",
                        1,
                        LocalDate.of(2025, 7, 28),
                        AWARDED));

        assertThat(entry(fold, "step").title()).isEqualTo("เลื่อนขั้นเงินเดือน 1 ขั้น");
        assertThat(entry(fold, "bonus").title()).isEqualTo("เงินรางวัลประจำปี ปีงบประมาณ 2568: 15,000 บาท");
        assertThat(entry(fold, "bonus").fiscalYear())
                .as("the year the bonus is for")
                .isEqualTo(2568);
        assertThat(entry(fold, "outstanding").kind()).isEqualTo(TimelineEntryKind.OUTSTANDING_EMPLOYEE_AWARD);
        assertThat(entry(fold, "letter").text()).contains("ปลัดกระทรวงมหาดไทย");
        assertThat(entry(fold, "decoration").title()).isEqualTo("เครื่องราชอิสริยาภรณ์: ทวีติยาภรณ์ช้างเผือก (ท.ช.)");
        assertThat(entry(fold, "decoration").fiscalYear())
                .as("awarded 15 Oct 2025")
                .isEqualTo(2569);
    }

    @Test
    void a_development_plan_lists_its_activities_with_drops_and_the_trainings_counted() {
        var activity = new PlannedActivityId("ethics-2569");
        var plan = new DevelopmentPlanId("plan-2569-2571");
        var fold = foldWith(
                new DevelopmentPlanPrepared(
                        SUPAPORN,
                        plan,
                        new FiscalYear(2569),
                        new FiscalYear(2571),
                        List.of(new PlannedActivity(
                                activity,
                                DevelopmentArea.ETHICS,
                                TrainingKind.TRAINING,
                                "คุณธรรม จริยธรรม สำหรับพนักงานส่วนท้องถิ่น",
                                new FiscalYear(2569),
                                new BigDecimal("12"))),
                        "นายไพเจน มากสุวรรณ์",
                        LocalDate.of(2025, 10, 10)),
                new TrainingLinkedToPlannedActivity(SUPAPORN, plan, activity, COURSE),
                new PlannedActivityDropped(SUPAPORN, plan, activity, "ยกเลิกหลักสูตรในปีงบประมาณ 2569"));

        var entry = entry(fold, plan.value());
        assertThat(entry.kind()).isEqualTo(TimelineEntryKind.DEVELOPMENT_PLAN);
        assertThat(entry.title()).isEqualTo("แผนพัฒนาพนักงาน 3 ปี ปีงบประมาณ 2569–2571");
        assertThat(entry.text()).contains("คุณธรรม จริยธรรม สำหรับพนักงานส่วนท้องถิ่น");
        assertThat(entry.details())
                .containsEntry("activity.ethics-2569.trainings", COURSE.value())
                .containsEntry("activity.ethics-2569.dropped", "ยกเลิกหลักสูตรในปีงบประมาณ 2569");
    }

    @Test
    void a_correction_request_shows_hrs_decision() {
        var request = new CorrectionRequestId("request-1");
        var fold = foldWith(
                new CorrectionRequested(
                        SUPAPORN,
                        request,
                        COURSE.value(),
                        RecordKind.TRAINING,
                        "จำนวนชั่วโมงไม่ตรงกับวุฒิบัตร",
                        "วุฒิบัตรเลขที่ สดร. 123/2568",
                        LocalDate.of(2025, 11, 1)),
                new CorrectionRequestApproved(SUPAPORN, request, "ผู้อำนวยการกองการเจ้าหน้าที่"));

        var entry = entry(fold, request.value());
        assertThat(entry.title()).isEqualTo("คำขอแก้ไขประวัติ: การพัฒนา");
        assertThat(entry.details()).containsEntry("decision", "APPROVED").containsEntry("recordId", COURSE.value());
    }

    @Test
    void a_new_course_title_retitles_the_report_and_a_retraction_strikes_out_training_and_report() {
        Training renamed = new Training(
                TrainingKind.ORIENTATION,
                "ปฐมนิเทศพนักงานส่วนจังหวัด",
                "องค์การบริหารส่วนจังหวัดสงขลา",
                List.of("นายไพเจน มากสุวรรณ์"),
                LocalDate.of(2024, 9, 23),
                LocalDate.of(2024, 9, 25),
                new BigDecimal("21"),
                DevelopmentArea.PERSONAL_QUALITIES,
                TrainingOutcome.ATTENDED,
                null,
                null,
                null);
        var fold = foldWith(
                new TrainingCorrected(
                        SUPAPORN,
                        TimelineTestData.ORIENTATION,
                        TimelineTestData.orientation("21"),
                        renamed,
                        TimelineTestData.CORRECTION,
                        null),
                new RecordRetracted(
                        SUPAPORN,
                        TimelineTestData.ORIENTATION.value(),
                        RecordKind.TRAINING,
                        TimelineTestData.CORRECTION,
                        null));

        var report = entry(fold, TimelineTestData.ORIENTATION.value() + ":report");
        assertThat(report.title()).isEqualTo("รายงานผลการพัฒนา: ปฐมนิเทศพนักงานส่วนจังหวัด");
        assertThat(report.status()).isEqualTo(EntryStatus.RETRACTED);
        assertThat(entry(fold, TimelineTestData.ORIENTATION.value()).status()).isEqualTo(EntryStatus.RETRACTED);
        assertThat(entry(fold, TimelineTestData.ORIENTATION.value()).corrections())
                .extracting(correction -> correction.retraction())
                .containsExactly(false, false, true);
    }

    private static CommendationId id(String value) {
        return new CommendationId(value);
    }

    /** The test case file, then {@code more}, each recorded after the one before. */
    private static CaseHistoryFold foldWith(Object... more) {
        var log = TimelineTestData.unitsAndCaseFile();
        for (Object event : more) {
            log.at(LATER, event);
        }
        return new CaseHistoryFold(new InMemoryDocuments()).apply(log.events());
    }

    private static TimelineEntryDocument entry(CaseHistoryFold fold, String entryId) {
        return fold.entries(fold.person(SUPAPORN.value()).orElseThrow()).stream()
                .filter(entry -> entry.entryId().equals(entryId))
                .findFirst()
                .orElseThrow();
    }
}
