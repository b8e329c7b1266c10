package org.prawat.ui.rebuild;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CreateCourse;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.course.ScheduleCourseSession;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.TestEmployees;

/** Case files for rebuild tests: a few people in detail, or many quickly through whole sessions. */
final class RebuildTestData {

    private RebuildTestData() {}

    static Training orientation() {
        return orientationOfHours(new BigDecimal("18"));
    }

    static Training orientationOfHours(BigDecimal hours) {
        return new Training(
                TrainingKind.ORIENTATION,
                "ปฐมนิเทศพนักงานส่วนตำบล",
                "สถาบันพัฒนาบุคลากรท้องถิ่น",
                List.of("ดร.วิทยาธร ท่อแก้ว"),
                LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 7, 3),
                hours,
                DevelopmentArea.GENERAL_KNOWLEDGE,
                TrainingOutcome.PASSED,
                null,
                null,
                null);
    }

    static Training studyVisit() {
        return new Training(
                TrainingKind.STUDY_VISIT,
                "ศึกษาดูงานการบริหารจัดการขยะมูลฝอยชุมชน เทศบาลนครยะลา",
                "องค์การบริหารส่วนจังหวัดสงขลา",
                List.of(),
                LocalDate.of(2025, 2, 12),
                LocalDate.of(2025, 2, 13),
                new BigDecimal("12"),
                DevelopmentArea.JOB_SPECIFIC,
                TrainingOutcome.PASSED,
                null,
                new BigDecimal("3500"),
                "งบประมาณ อบจ.สงขลา");
    }

    /** {@code count} people registered in {@code unit}, sent together: separate case files do not conflict. */
    static List<EmployeeId> registerInParallel(CommandGateway commands, OrganisationUnitId unit, int count) {
        var ids = new ArrayList<EmployeeId>();
        var sent = new ArrayList<CompletableFuture<?>>();
        for (int i = 0; i < count; i++) {
            var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "พนักงานจ้างตามภารกิจ");
            ids.add(registration.employeeId());
            sent.add(commands.send(registration));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        return ids;
    }

    /** {@code sessions} sessions of one course, each attended by every one of {@code people}. */
    static void attendSessions(CommandGateway commands, List<EmployeeId> people, int sessions) {
        var course = CourseId.random();
        commands.sendAndWait(new CreateCourse(
                course,
                "หลักสูตรกลยุทธ์การทำงานร่วมกันสู่ความเป็นเลิศ",
                "องค์การบริหารส่วนจังหวัดสงขลา",
                TrainingKind.TRAINING,
                DevelopmentArea.PERSONAL_QUALITIES,
                "บริการประชาชนด้วยใจ"));
        for (int number = 1; number <= sessions; number++) {
            var session = CourseSessionId.random();
            var start = LocalDate.of(2024, 1, 8).plusWeeks(number);
            commands.sendAndWait(new ScheduleCourseSession(
                    course,
                    session,
                    number,
                    start,
                    start.plusDays(2),
                    new BigDecimal("18"),
                    List.of("รองศาสตราจารย์ ดร.วิทยาธร ท่อแก้ว"),
                    "โรงแรมบีพี สมิหลา บีช จังหวัดสงขลา"));
            commands.sendAndWait(new RecordSessionAttendance(course, session, people, TrainingOutcome.PASSED));
        }
    }
}
