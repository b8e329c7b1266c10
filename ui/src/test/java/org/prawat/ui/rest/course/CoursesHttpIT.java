package org.prawat.ui.rest.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.rest.ApiClient.created;
import static org.prawat.ui.rest.ApiClient.noContent;
import static org.prawat.ui.rest.ApiClient.refused;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.rest.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The course catalogue through the HTTP API: a course, a session, and its attendance in each case file. */
@PrawatIntegrationTest
class CoursesHttpIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(http, jdbc, accounts);
    }

    @Test
    void a_session_attendance_puts_the_training_into_every_attendees_case_file() {
        String unit = api.unit("องค์การบริหารส่วนจังหวัดสงขลา");
        var attendees =
                List.of(api.employee(unit, "สมศรี"), api.employee(unit, "ประเสริฐ"), api.employee(unit, "วันดี"));
        String session = scheduledSession();

        noContent(api.post(session + "/attendance", attendance(attendees)));

        for (String attendee : attendees) {
            assertThat(api.eventTypes(attendee)).containsExactly("EmployeeRegistered", "TrainingRecorded");
        }
        String courseTitle = jdbc.queryForObject(
                "SELECT payload->'training'->>'courseTitle' FROM event_journal"
                        + " WHERE aggregate_identifier = ? AND payload_type LIKE '%TrainingRecorded'",
                String.class, attendees.get(0));
        assertThat(courseTitle).isEqualTo("หลักสูตรการพัฒนาพนักงานส่วนตำบล");
    }

    @Test
    void an_attendee_without_a_case_file_refuses_the_whole_session() {
        String unit = api.unit("เทศบาลเมืองแม่เหียะ");
        String known = api.employee(unit, "มาลัย");
        String session = scheduledSession();

        String thai = refused(
                api.post(session + "/attendance", attendance(List.of(known, "no-such-employee"))),
                "course.attendee-refused");

        assertThat(thai).contains("no-such-employee");
        assertThat(api.eventTypes(known)).containsExactly("EmployeeRegistered");
    }

    private String scheduledSession() {
        String courseId = created(
                api.post(
                        "/api/courses",
                        """
                {"title":"หลักสูตรการพัฒนาพนักงานส่วนตำบล","provider":"สถาบันพัฒนาบุคลากรท้องถิ่น",
                 "kind":"TRAINING","area":"GENERAL_KNOWLEDGE","description":"รุ่นสำหรับพนักงานบรรจุใหม่"}"""));
        String sessionId = created(
                api.post(
                        "/api/courses/" + courseId + "/sessions",
                        """
                {"sessionNumber":1,"startDate":"2025-06-02","endDate":"2025-06-04","hours":18,
                 "trainers":["ดร.วิทยาธร ท่อแก้ว"],"venue":"สถาบันพัฒนาบุคลากรท้องถิ่น"}"""));
        assertThat(api.eventTypes(courseId)).containsExactly("CourseCreated", "CourseSessionScheduled");
        return "/api/courses/" + courseId + "/sessions/" + sessionId;
    }

    private static String attendance(List<String> attendees) {
        return """
                {"attendees":[%s],"outcome":"PASSED"}"""
                .formatted(String.join(
                        ",", attendees.stream().map(a -> "\"" + a + "\"").toList()));
    }
}
