package org.prawat.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.prawat.api.course.AttendeeCannotBeRecorded;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CreateCourse;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.course.ScheduleCourseSession;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.domain.employee.CaseFilesAhead;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestEmployees;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/** A whole session's attendance in one command: a training record in every attendee's case file, or none. */
@PrawatIntegrationTest
class SessionAttendanceIT {

    private static final int ATTENDEES = 300;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("caseFileCache")
    Cache caseFiles;

    @Autowired
    CaseFilesAhead caseFilesAhead;

    @Test
    void a_300_attendee_session_puts_a_training_record_in_each_case_file() {
        var session = scheduledSession();
        var attendees = registered(ATTENDEES);

        commands.sendAndWait(
                new RecordSessionAttendance(session.courseId, session.sessionId, attendees, TrainingOutcome.PASSED));

        assertThat(trainingRecordsOf(attendees)).isEqualTo(ATTENDEES);
    }

    /** Loaded from the store both by the command and, from the last attendee backwards, ahead of it. */
    @Test
    void a_session_whose_case_files_are_no_longer_in_memory_is_recorded_whole() {
        var session = scheduledSession();
        var attendees = registered(120);
        caseFiles.removeAll();

        commands.sendAndWait(
                new RecordSessionAttendance(session.courseId, session.sessionId, attendees, TrainingOutcome.PASSED));

        assertThat(trainingRecordsOf(attendees)).isEqualTo(120);
    }

    @Test
    void case_files_asked_for_ahead_are_loaded_into_memory_from_the_last() throws InterruptedException {
        var attendees = registered(20);
        caseFiles.removeAll();

        caseFilesAhead.loadFromTheEnd(attendees);

        long giveUp = System.nanoTime() + 30_000_000_000L;
        while (!attendees.stream().allMatch(id -> caseFiles.containsKey(id.value())) && System.nanoTime() < giveUp) {
            Thread.sleep(20);
        }
        assertThat(attendees).allMatch(id -> caseFiles.containsKey(id.value()), "case file in memory");
    }

    @Test
    void one_attendee_without_a_case_file_refuses_the_whole_session_and_records_nothing() {
        var session = scheduledSession();
        var attendees = new ArrayList<>(registered(20));
        var stranger = EmployeeId.random();
        attendees.add(stranger);

        assertThatThrownBy(() -> commands.sendAndWait(new RecordSessionAttendance(
                        session.courseId, session.sessionId, attendees, TrainingOutcome.PASSED)))
                .isInstanceOfSatisfying(AttendeeCannotBeRecorded.class, e -> assertThat(e.refusals())
                        .containsOnlyKeys(stranger));
        assertThat(trainingRecordsOf(attendees)).isZero();
    }

    private record Session(CourseId courseId, CourseSessionId sessionId) {}

    private Session scheduledSession() {
        var course = CourseId.random();
        var sessionId = CourseSessionId.random();
        commands.sendAndWait(new CreateCourse(
                course,
                "หลักสูตรกลยุทธ์การทำงานร่วมกันสู่ความเป็นเลิศ",
                "องค์การบริหารส่วนจังหวัดสงขลา",
                TrainingKind.TRAINING,
                DevelopmentArea.PERSONAL_QUALITIES,
                "บริการประชาชนด้วยใจ"));
        commands.sendAndWait(new ScheduleCourseSession(
                course,
                sessionId,
                1,
                LocalDate.of(2024, 8, 5),
                LocalDate.of(2024, 8, 7),
                new BigDecimal("18"),
                List.of("รองศาสตราจารย์ ดร.วิทยาธร ท่อแก้ว"),
                "โรงแรมบีพี สมิหลา บีช จังหวัดสงขลา"));
        return new Session(course, sessionId);
    }

    private List<EmployeeId> registered(int count) {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var ids = new ArrayList<EmployeeId>();
        for (int i = 0; i < count; i++) {
            var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "พนักงานจ้างตามภารกิจ");
            commands.sendAndWait(registration);
            ids.add(registration.employeeId());
        }
        return ids;
    }

    private int trainingRecordsOf(List<EmployeeId> employees) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type = 'org.prawat.api.training.TrainingRecorded'"
                        + " AND aggregate_identifier = ANY (?)",
                Integer.class,
                (Object) employees.stream().map(EmployeeId::value).toArray(String[]::new));
    }
}
