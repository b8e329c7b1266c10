package org.prawat.ui.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationRound;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;

/**
 * A few years of records for each demo employee, so the case files, charts, searches and team
 * timelines have something to show: three trainings (2566–2569) and the evaluations of fiscal years
 * 2567 and 2568. Ids are derived from the employee's, so loading twice is refused, not doubled.
 */
final class DemoRecords {

    private record Course(String title, TrainingKind kind, DevelopmentArea area, String provider, int hours) {}

    private static final List<Course> COURSES = List.of(
            new Course(
                    "การพัฒนาสมรรถนะหลักของพนักงานส่วนท้องถิ่น",
                    TrainingKind.TRAINING,
                    DevelopmentArea.GENERAL_KNOWLEDGE,
                    "สถาบันพัฒนาบุคลากรท้องถิ่น",
                    18),
            new Course(
                    "ปฐมนิเทศพนักงานส่วนตำบลบรรจุใหม่",
                    TrainingKind.ORIENTATION,
                    DevelopmentArea.GENERAL_KNOWLEDGE,
                    "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดขอนแก่น",
                    12),
            new Course(
                    "ศึกษาดูงานการบริหารจัดการขยะมูลฝอยชุมชน",
                    TrainingKind.STUDY_VISIT,
                    DevelopmentArea.JOB_SPECIFIC,
                    "เทศบาลนครขอนแก่น",
                    16),
            new Course(
                    "การจัดทำแผนพัฒนาท้องถิ่นและการติดตามประเมินผล",
                    TrainingKind.WORKSHOP,
                    DevelopmentArea.MANAGEMENT,
                    "สถาบันพัฒนาบุคลากรท้องถิ่น",
                    24),
            new Course(
                    "คุณธรรม จริยธรรม และธรรมาภิบาลในการปฏิบัติราชการ",
                    TrainingKind.SEMINAR,
                    DevelopmentArea.PERSONAL_QUALITIES,
                    "สำนักงาน ป.ป.ช. ประจำจังหวัดขอนแก่น",
                    6),
            new Course(
                    "การใช้ระบบบัญชีคอมพิวเตอร์ขององค์กรปกครองส่วนท้องถิ่น (e-LAAS)",
                    TrainingKind.TRAINING,
                    DevelopmentArea.JOB_SPECIFIC,
                    "กรมส่งเสริมการปกครองท้องถิ่น",
                    12));

    private static final List<String> EVALUATORS =
            List.of("นายประเสริฐ วงศ์ใหญ่", "นางรัตนา ชัยมงคล", "นายสุรชัย อินทร์แก้ว");

    private DemoRecords() {}

    /** The trainings and evaluations of one demo employee, oldest first. */
    static List<Object> of(int index, RegisterEmployee employee) {
        var records = new ArrayList<Object>();
        for (int n = 0; n < 3; n++) {
            var course = COURSES.get((index + n * 2) % COURSES.size());
            LocalDate end = LocalDate.of(2023 + n, 2 + (index + n * 5) % 10, 5 + index % 20);
            records.add(new RecordTraining(
                    employee.employeeId(),
                    new TrainingId(id(employee, "training:" + n)),
                    new Training(
                            course.kind(),
                            course.title(),
                            course.provider(),
                            List.of(EVALUATORS.get((index + n) % EVALUATORS.size())),
                            end.minusDays(Math.max(0, course.hours() / 6 - 1)),
                            end,
                            new BigDecimal(course.hours()),
                            course.area(),
                            n % 4 == 3 ? TrainingOutcome.ATTENDED : TrainingOutcome.PASSED,
                            null,
                            null,
                            null)));
        }
        for (int fiscalYear = 2567; fiscalYear <= 2568; fiscalYear++) {
            for (int round = EvaluationRound.FIRST; round <= EvaluationRound.SECOND; round++) {
                var evaluated = new EvaluationRound(new FiscalYear(fiscalYear), round);
                // Scores from 62 to 96, different per person and round: every level appears.
                int achievement = 62 + (index * 7 + fiscalYear * 3 + round * 11) % 35;
                int competency = 65 + (index * 5 + round * 13) % 32;
                records.add(new RecordEvaluation(
                        employee.employeeId(),
                        new EvaluationId(id(employee, "evaluation:" + fiscalYear + ":" + round)),
                        new FiscalYear(fiscalYear),
                        round,
                        new BigDecimal(achievement),
                        70,
                        new BigDecimal(competency),
                        30,
                        EVALUATORS.get(index % EVALUATORS.size()),
                        evaluated.endsOn().minusDays(5),
                        "ปฏิบัติงานตามที่ได้รับมอบหมายครบถ้วน"));
            }
        }
        return records;
    }

    private static String id(RegisterEmployee employee, String what) {
        return UUID.nameUUIDFromBytes((employee.employeeId() + ":" + what).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
