package org.prawat.domain.employee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.prawat.api.commendation.CertificateOfHonourAwarded;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.SalaryStepIncreaseGranted;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.CorrectionRequestApproved;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.CorrectionRequested;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeTransferred;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.PositionChanged;
import org.prawat.api.evaluation.EvaluationAcknowledged;
import org.prawat.api.evaluation.EvaluationBands;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.EvaluationRound;
import org.prawat.api.evaluation.EvaluationWeights;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.plan.DevelopmentPlanId;
import org.prawat.api.plan.DevelopmentPlanPrepared;
import org.prawat.api.plan.PlannedActivity;
import org.prawat.api.plan.PlannedActivityDropped;
import org.prawat.api.plan.PlannedActivityId;
import org.prawat.api.plan.TrainingLinkedToPlannedActivity;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.api.training.TrainingReportSubmitted;

/**
 * Twenty-five fiscal years of one case file (2545–2569), long enough to be snapshotted: a clerk of
 * อบต.ใหม่ with two trainings, two evaluations and a salary-step increase a year, a transfer to
 * อบจ.สงขลา, a retracted training and a correction request still open.
 */
final class SnapshotTestData {

    static final EmployeeId SOMSRI = new EmployeeId("somsri");
    static final OrganisationUnitId MAI_SAO = new OrganisationUnitId("mai-sao");
    static final OrganisationUnitId SONGKHLA_PAO = new OrganisationUnitId("songkhla-pao");
    static final int FIRST_YEAR = 2545;
    static final int LAST_YEAR = 2569;
    static final TrainingId ORIENTATION = trainingId(FIRST_YEAR, 1);
    static final EvaluationId FIRST_EVALUATION = evaluationId(FIRST_YEAR, 1);
    static final TrainingId MISRECORDED = trainingId(2560, 2);
    static final TrainingId RETRACTED = trainingId(2555, 2);
    static final CorrectionRequestId OPEN_REQUEST = new CorrectionRequestId("request-2567-hours");
    static final String HR_OFFICER = "นางสาวสุภาพร ศรีสุข";
    static final CorrectionDetails HOURS_CORRECTED =
            new CorrectionDetails("วุฒิบัตรระบุ 12 ชั่วโมง", "วุฒิบัตรเลขที่ สพถ. 118/2560", HR_OFFICER);

    private static final String EVALUATOR = "นายประเสริฐ ปลัดองค์การบริหารส่วนตำบล";
    private static final List<String> COURSES = List.of(
            "การบริหารงานบุคคลส่วนท้องถิ่น",
            "การจัดทำแผนพัฒนาท้องถิ่น",
            "ธรรมาภิบาลและจริยธรรมสำหรับพนักงานส่วนท้องถิ่น",
            "การจัดการความรู้ในองค์กรปกครองส่วนท้องถิ่น",
            "บริการประชาชนด้วยใจ");

    private SnapshotTestData() {}

    static EmployeeRegistered registered() {
        return new EmployeeRegistered(
                SOMSRI,
                "1103700123453",
                "นาง",
                "สมศรี",
                "ทองแก้ว",
                PersonnelType.SUBDISTRICT_STAFF,
                MAI_SAO,
                "เจ้าพนักงานธุรการปฏิบัติงาน",
                null,
                LocalDate.of(2001, 10, 1));
    }

    /** Every event of the case file, oldest first. */
    static List<Object> career() {
        var events = new ArrayList<Object>();
        events.add(registered());
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            events.addAll(fiscalYear(year));
            events.addAll(milestones(year));
        }
        return events;
    }

    static TrainingId trainingId(int fiscalYear, int number) {
        return new TrainingId("training-" + fiscalYear + "-" + number);
    }

    static EvaluationId evaluationId(int fiscalYear, int round) {
        return new EvaluationId("evaluation-" + round + "-" + fiscalYear);
    }

    /** The course of {@link #MISRECORDED} as its certificate has it. */
    static Training misrecordedAsCertified() {
        return training(2560, 2, "12");
    }

    private static List<Object> fiscalYear(int year) {
        var events = new ArrayList<Object>();
        for (int number = 1; number <= 2; number++) {
            var hours = year == 2560 && number == 2 ? "6" : "12";
            events.add(new TrainingRecorded(SOMSRI, trainingId(year, number), training(year, number, hours)));
        }
        events.add(new TrainingReportSubmitted(
                SOMSRI,
                trainingId(year, 1),
                "หลักการและขั้นตอนที่วิทยากรบรรยาย พร้อมกรณีศึกษาจากท้องถิ่นอื่น",
                "นำไปปรับขั้นตอนการให้บริการของกองการเจ้าหน้าที่",
                startOf(year).plusMonths(4)));
        for (int round = 1; round <= 2; round++) {
            var evaluated = new EvaluationRound(new FiscalYear(year), round).endsOn();
            events.add(evaluation(year, round, evaluated));
            events.add(new EvaluationAcknowledged(SOMSRI, evaluationId(year, round), evaluated.plusDays(5)));
        }
        events.add(new SalaryStepIncreaseGranted(
                SOMSRI,
                new CommendationId("salary-step-" + year),
                BigDecimal.ONE,
                null,
                evaluationId(year, 2),
                year % 100 + "/" + year,
                startOf(year + 1).plusDays(14),
                startOf(year + 1)));
        return events;
    }

    private static EvaluationRecorded evaluation(int year, int round, LocalDate evaluatedOn) {
        var achievement = BigDecimal.valueOf(78 + year % 10 + round);
        var competency = BigDecimal.valueOf(85);
        var weights = EvaluationWeights.DEFAULT;
        var total = weights.totalOf(achievement, competency);
        var bands = EvaluationBands.inForceOn(new EvaluationRound(new FiscalYear(year), round).startsOn());
        return new EvaluationRecorded(
                SOMSRI,
                evaluationId(year, round),
                new FiscalYear(year),
                round,
                achievement,
                weights.achievement(),
                competency,
                weights.competency(),
                total,
                bands.levelOf(total),
                bands.version(),
                EVALUATOR,
                evaluatedOn,
                "");
    }

    private static Training training(int year, int number, String hours) {
        var start = startOf(year).plusMonths(number == 1 ? 3 : 9).plusDays(10);
        return new Training(
                year == FIRST_YEAR && number == 1 ? TrainingKind.ORIENTATION : TrainingKind.TRAINING,
                COURSES.get((year + number) % COURSES.size()),
                number == 1 ? "สถาบันพัฒนาบุคลากรท้องถิ่น" : "สถาบันดำรงราชานุภาพ",
                List.of("ดร.วิทยาธร ท่อแก้ว"),
                start,
                start.plusDays(1),
                new BigDecimal(hours),
                number == 1 ? DevelopmentArea.JOB_SPECIFIC : DevelopmentArea.ETHICS,
                TrainingOutcome.PASSED,
                "สพถ. " + number + "/" + year,
                null,
                null);
    }

    private static List<Object> milestones(int year) {
        return switch (year) {
            case 2551 -> List.of(new PositionChanged(
                    SOMSRI,
                    "เจ้าพนักงานธุรการปฏิบัติงาน",
                    "นักทรัพยากรบุคคลปฏิบัติการ",
                    "ปฏิบัติการ",
                    "245/2550",
                    LocalDate.of(2007, 10, 1)));
            case 2552 -> List.of(
                    new EmployeeTransferred(SOMSRI, MAI_SAO, SONGKHLA_PAO, "1021/2552", LocalDate.of(2009, 6, 1)));
            case 2556 -> retraction();
            case 2566 -> developmentPlan(year);
            case 2558 -> List.of(new CertificateOfHonourAwarded(
                    SOMSRI,
                    new CommendationId("certificate-2558"),
                    "พนักงานส่วนท้องถิ่นผู้ปฏิบัติงานดีเด่น",
                    "องค์การบริหารส่วนจังหวัดสงขลา",
                    "กจ. 17/2558",
                    LocalDate.of(2015, 9, 9)));
            case LAST_YEAR -> List.of(new CorrectionRequested(
                    SOMSRI,
                    OPEN_REQUEST,
                    MISRECORDED.value(),
                    RecordKind.TRAINING,
                    "จำนวนชั่วโมงบันทึกเป็น 6 ชั่วโมง แต่วุฒิบัตรระบุ 12 ชั่วโมง",
                    "วุฒิบัตรเลขที่ สพถ. 118/2560",
                    LocalDate.of(2026, 11, 2)));
            default -> List.of();
        };
    }

    /** A three-year plan from {@code year}: one activity carried out by that year's first training, one dropped. */
    private static List<Object> developmentPlan(int year) {
        var plan = new DevelopmentPlanId("plan-" + year);
        var done = new PlannedActivityId("management-" + year);
        var dropped = new PlannedActivityId("e-learning-" + (year + 1));
        return List.of(
                new DevelopmentPlanPrepared(
                        SOMSRI,
                        plan,
                        new FiscalYear(year),
                        new FiscalYear(year + 2),
                        List.of(
                                new PlannedActivity(
                                        done,
                                        DevelopmentArea.MANAGEMENT,
                                        TrainingKind.TRAINING,
                                        "หลักสูตรนักบริหารงานท้องถิ่น",
                                        new FiscalYear(year),
                                        new BigDecimal("18")),
                                new PlannedActivity(
                                        dropped,
                                        DevelopmentArea.JOB_SPECIFIC,
                                        TrainingKind.E_LEARNING,
                                        "การใช้ระบบบัญชีคอมพิวเตอร์",
                                        new FiscalYear(year + 1),
                                        new BigDecimal("12"))),
                        "นายกองค์การบริหารส่วนจังหวัดสงขลา",
                        startOf(year).minusDays(20)),
                new TrainingLinkedToPlannedActivity(SOMSRI, plan, done, trainingId(year, 1)),
                new PlannedActivityDropped(SOMSRI, plan, dropped, "ย้ายไปปฏิบัติงานด้านอื่น"));
    }

    private static List<Object> retraction() {
        var request = new CorrectionRequestId("request-2556-duplicate");
        var details =
                new CorrectionDetails("บันทึกซ้ำกับหลักสูตรเดียวกัน", "บันทึกข้อความ ที่ สข 0023/2556", HR_OFFICER);
        return List.of(
                new CorrectionRequested(
                        SOMSRI,
                        request,
                        RETRACTED.value(),
                        RecordKind.TRAINING,
                        "บันทึกการอบรมซ้ำ",
                        "บันทึกข้อความ ที่ สข 0023/2556",
                        LocalDate.of(2013, 3, 4)),
                new RecordRetracted(SOMSRI, RETRACTED.value(), RecordKind.TRAINING, details, request),
                new CorrectionRequestApproved(SOMSRI, request, HR_OFFICER));
    }

    /** 1 October of the Common-Era year in which fiscal year {@code year} (B.E.) begins. */
    private static LocalDate startOf(int year) {
        return new FiscalYear(year).startsOn();
    }
}
