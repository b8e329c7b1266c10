package org.prawat.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CreateCourse;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.course.ScheduleCourseSession;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestEmployees;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long recording a 300-attendee session takes on the real PostgreSQL: prints figures, asserts
 * only that every record was made. Run with {@code mvn -Pbenchmark -pl ui -am verify}.
 */
@PrawatIntegrationTest
class SessionAttendanceBenchmark {

    private static final int ATTENDEES = 300;
    private static final int SESSIONS = 6;

    @Autowired
    CommandGateway commands;

    @Test
    void record_attendance_of_300_for_several_sessions() {
        var attendees = registered();
        var course = CourseId.random();
        commands.sendAndWait(new CreateCourse(
                course,
                "หลักสูตรการพัฒนาพนักงานส่วนตำบล",
                "สถาบันพัฒนาบุคลากรท้องถิ่น",
                TrainingKind.TRAINING,
                DevelopmentArea.JOB_SPECIFIC,
                null));
        var millis = new ArrayList<Long>();
        for (int s = 1; s <= SESSIONS; s++) {
            var session = CourseSessionId.random();
            commands.sendAndWait(new ScheduleCourseSession(
                    course,
                    session,
                    s,
                    LocalDate.of(2024, s, 10),
                    LocalDate.of(2024, s, 11),
                    new BigDecimal("12"),
                    List.of("ดร.วิทยาธร ท่อแก้ว"),
                    "ศาลากลางจังหวัดสงขลา"));
            long start = System.nanoTime();
            commands.sendAndWait(new RecordSessionAttendance(course, session, attendees, TrainingOutcome.PASSED));
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        assertThat(millis).hasSize(SESSIONS);
        var sorted = millis.subList(1, SESSIONS).stream().sorted().toList(); // the first warms up
        System.out.printf(
                "%nBENCHMARK bulk attendance of %d (sessions 2..%d, first is warm-up): per session ms %s;"
                        + " median %d ms, max %d ms; %.0f training records/s at the median%n%n",
                ATTENDEES,
                SESSIONS,
                millis,
                sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1),
                ATTENDEES * 1000.0 / sorted.get(sorted.size() / 2));
    }

    private List<EmployeeId> registered() {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var ids = new ArrayList<EmployeeId>();
        for (int i = 0; i < ATTENDEES; i++) {
            var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "พนักงานส่วนตำบล");
            commands.sendAndWait(registration);
            ids.add(registration.employeeId());
        }
        return ids;
    }
}
