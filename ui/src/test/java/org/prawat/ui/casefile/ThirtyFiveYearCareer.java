package org.prawat.ui.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.commendation.AwardCertificateOfHonour;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.GrantSalaryStepIncrease;
import org.prawat.api.employee.ChangePosition;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.evaluation.AcknowledgeEvaluation;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationRound;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.evaluation.RecordReviewerAgreement;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.SubmitTrainingReport;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.TestEmployees;

/**
 * A whole career recorded through the command bus, as HR would over 35 fiscal years (2535–2569):
 * six trainings a year with a report on one, two evaluations a year each reviewed and acknowledged,
 * a salary-step increase a year, a new position every five years, a transfer every seven and a
 * certificate of honour every ten. About 500 events in one case file.
 */
final class ThirtyFiveYearCareer {

    static final int FIRST_YEAR = 2535;
    static final int LAST_YEAR = 2569;
    static final LocalDate APPOINTED = new FiscalYear(FIRST_YEAR).startsOn();

    private static final String EVALUATOR = "นายประเสริฐ ปลัดองค์การบริหารส่วนตำบล";
    private static final List<String> UNITS =
            List.of("องค์การบริหารส่วนตำบลใหม่", "เทศบาลเมืองแม่เหียะ", "องค์การบริหารส่วนจังหวัดสงขลา");
    private static final List<String> POSITIONS = List.of(
            "เจ้าพนักงานธุรการปฏิบัติงาน",
            "เจ้าพนักงานธุรการชำนาญงาน",
            "นักทรัพยากรบุคคลปฏิบัติการ",
            "นักทรัพยากรบุคคลชำนาญการ",
            "นักทรัพยากรบุคคลชำนาญการพิเศษ",
            "หัวหน้าฝ่ายบริหารงานบุคคล",
            "ผู้อำนวยการกองการเจ้าหน้าที่",
            "ผู้อำนวยการกองการเจ้าหน้าที่");
    private static final List<String> COURSES = List.of(
            "การบริหารงานบุคคลส่วนท้องถิ่น",
            "การจัดทำแผนพัฒนาท้องถิ่น",
            "ธรรมาภิบาลและจริยธรรมสำหรับพนักงานส่วนท้องถิ่น",
            "การจัดการความรู้ในองค์กรปกครองส่วนท้องถิ่น",
            "บริการประชาชนด้วยใจ",
            "กลยุทธ์การทำงานร่วมกันสู่ความเป็นเลิศ");
    private static final List<TrainingKind> KINDS = List.of(
            TrainingKind.TRAINING,
            TrainingKind.SEMINAR,
            TrainingKind.WORKSHOP,
            TrainingKind.STUDY_VISIT,
            TrainingKind.E_LEARNING,
            TrainingKind.TRAINING);

    /** The case file, how many events it holds, and records of its first year that later rules still name. */
    record Recorded(EmployeeId employeeId, TrainingId firstTraining, EvaluationId firstEvaluation, int events) {}

    private final CommandGateway commands;
    private final List<OrganisationUnitId> units = new ArrayList<>();
    private final EmployeeId employeeId = EmployeeId.random();
    private int events;

    private ThirtyFiveYearCareer(CommandGateway commands) {
        this.commands = commands;
    }

    static Recorded record(CommandGateway commands) {
        return new ThirtyFiveYearCareer(commands).record();
    }

    /** A training HR might record in any year, for commands sent after the career. */
    static Training training(String courseTitle, LocalDate start) {
        return new Training(
                TrainingKind.TRAINING,
                courseTitle,
                "สถาบันพัฒนาบุคลากรท้องถิ่น",
                List.of("ดร.วิทยาธร ท่อแก้ว"),
                start,
                start.plusDays(1),
                new BigDecimal("12"),
                DevelopmentArea.JOB_SPECIFIC,
                TrainingOutcome.PASSED,
                null,
                null,
                null);
    }

    private Recorded record() {
        UNITS.forEach(name -> units.add(TestEmployees.createUnit(commands, name)));
        send(new RegisterEmployee(
                employeeId,
                TestEmployees.newNationalId(),
                "นาง",
                "สมศรี",
                TestEmployees.newSurname(),
                PersonnelType.SUBDISTRICT_STAFF,
                units.get(0),
                POSITIONS.get(0),
                null,
                APPOINTED));
        TrainingId firstTraining = null;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            var trainings = trainings(year);
            firstTraining = firstTraining == null ? trainings.get(0) : firstTraining;
            evaluations(year);
            milestones(year);
        }
        return new Recorded(employeeId, firstTraining, evaluationId(FIRST_YEAR, 1), events);
    }

    private List<TrainingId> trainings(int year) {
        var ids = new ArrayList<TrainingId>();
        for (int n = 0; n < KINDS.size(); n++) {
            var id = TrainingId.random();
            var start = new FiscalYear(year).startsOn().plusMonths(1 + 2L * n).plusDays(7);
            var training = new Training(
                    year == FIRST_YEAR && n == 0 ? TrainingKind.ORIENTATION : KINDS.get(n),
                    COURSES.get((year + n) % COURSES.size()),
                    n % 2 == 0 ? "สถาบันพัฒนาบุคลากรท้องถิ่น" : "สถาบันดำรงราชานุภาพ",
                    List.of(n % 2 == 0 ? "ดร.วิทยาธร ท่อแก้ว" : "ผศ.ดร.สมพร ใจงาม"),
                    start,
                    start.plusDays(1),
                    new BigDecimal("12"),
                    DevelopmentArea.values()[n % DevelopmentArea.values().length],
                    TrainingOutcome.PASSED,
                    "สพถ. " + (n + 1) + "/" + year,
                    null,
                    null);
            send(new RecordTraining(employeeId, id, training));
            ids.add(id);
        }
        send(new SubmitTrainingReport(
                employeeId,
                ids.get(0),
                "หลักการบริหารงานบุคคลและกรณีศึกษาจากท้องถิ่นอื่น",
                "นำไปปรับขั้นตอนการให้บริการของกองการเจ้าหน้าที่",
                new FiscalYear(year).startsOn().plusMonths(2)));
        return ids;
    }

    private void evaluations(int year) {
        for (int round = EvaluationRound.FIRST; round <= EvaluationRound.SECOND; round++) {
            var id = evaluationId(year, round);
            var evaluatedOn = new EvaluationRound(new FiscalYear(year), round).endsOn();
            send(new RecordEvaluation(
                    employeeId,
                    id,
                    new FiscalYear(year),
                    round,
                    BigDecimal.valueOf(78 + year % 10 + round),
                    70,
                    new BigDecimal("86"),
                    30,
                    EVALUATOR,
                    evaluatedOn,
                    "ปฏิบัติงานได้ตามเป้าหมาย"));
            send(new RecordReviewerAgreement(
                    employeeId, id, "นายสมศักดิ์ นายกองค์การบริหารส่วนตำบล", true, null, evaluatedOn.plusDays(3)));
            send(new AcknowledgeEvaluation(employeeId, id, evaluatedOn.plusDays(5)));
        }
        var nextYearStarts = new FiscalYear(year + 1).startsOn();
        send(new GrantSalaryStepIncrease(
                employeeId,
                CommendationId.random(),
                BigDecimal.ONE,
                null,
                evaluationId(year, EvaluationRound.SECOND),
                year % 100 + "/" + year,
                nextYearStarts.plusDays(14),
                nextYearStarts));
    }

    private void milestones(int year) {
        int served = year - FIRST_YEAR;
        var midYear = new FiscalYear(year).startsOn().plusMonths(6);
        if (served > 0 && served % 5 == 0) {
            send(new ChangePosition(
                    employeeId, POSITIONS.get(served / 5), null, "ที่ " + served + "/" + year, midYear));
        }
        if (served > 0 && served % 7 == 0) {
            var to = units.get((served / 7) % units.size());
            send(new TransferEmployee(employeeId, to, "ที่ " + (100 + served) + "/" + year, midYear.plusDays(1)));
        }
        if (served > 0 && served % 10 == 0) {
            send(new AwardCertificateOfHonour(
                    employeeId,
                    CommendationId.random(),
                    "พนักงานส่วนท้องถิ่นผู้ปฏิบัติงานดีเด่น",
                    "กระทรวงมหาดไทย",
                    "มท. " + served + "/" + year,
                    midYear.plusDays(2)));
        }
    }

    /** Ids any run can tell apart, yet derived from the round, so the first one can be named later. */
    private EvaluationId evaluationId(int year, int round) {
        return new EvaluationId(employeeId.value() + "-evaluation-" + round + "-" + year);
    }

    private void send(Object command) {
        commands.sendAndWait(command);
        events++;
    }
}
