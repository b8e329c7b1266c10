package org.prawat.ui.rest.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.rest.ApiClient.created;
import static org.prawat.ui.rest.ApiClient.noContent;
import static org.prawat.ui.rest.ApiClient.refused;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.rest.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The record owner's correction requests through the HTTP API: approved by a retraction, or rejected. */
@PrawatIntegrationTest
class CorrectionRequestsHttpIT {

    private static final String DETAILS =
            """
            "details":{"reason":"ไม่ได้เข้าร่วมการอบรม","evidenceReference":"บันทึกข้อความ สข 0023/77",
             "approvedBy":"ผู้อำนวยการกองการเจ้าหน้าที่"}""";

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
    void a_request_approved_by_a_retraction_is_decided_once() {
        String employeeId = api.employee(api.unit("องค์การบริหารส่วนตำบลใหม่"), "สุดารัตน์");
        String employee = "/api/employees/" + employeeId;
        String training = training(employee);
        String request = request(employee, training);

        noContent(api.post(
                employee + "/retractions",
                """
                {"recordId":"%s","kind":"TRAINING",%s,"requestId":"%s"}"""
                        .formatted(training, DETAILS, request)));
        refused(
                api.post(employee + "/correction-requests/" + request + "/rejections", rejection()),
                "correction-request.decided");

        assertThat(api.eventTypes(employeeId))
                .containsExactly(
                        "EmployeeRegistered",
                        "TrainingRecorded",
                        "CorrectionRequested",
                        "RecordRetracted",
                        "CorrectionRequestApproved");
    }

    @Test
    void a_rejected_request_carries_the_reason_and_who_rejected_it() {
        String employeeId = api.employee(api.unit("เทศบาลเมืองแม่เหียะ"), "กนกวรรณ");
        String employee = "/api/employees/" + employeeId;
        String request = request(employee, training(employee));

        noContent(api.post(employee + "/correction-requests/" + request + "/rejections", rejection()));

        assertThat(api.eventTypes(employeeId))
                .containsExactly(
                        "EmployeeRegistered", "TrainingRecorded", "CorrectionRequested", "CorrectionRequestRejected");
        String reason = jdbc.queryForObject(
                "SELECT payload->>'reason' FROM event_journal WHERE aggregate_identifier = ?"
                        + " AND payload_type LIKE '%CorrectionRequestRejected'",
                String.class, employeeId);
        assertThat(reason).isEqualTo("ลายมือชื่อในใบลงทะเบียนตรงกับผู้ยื่นคำขอ");
    }

    private String training(String employee) {
        return created(
                api.post(
                        employee + "/trainings",
                        """
                {"training":{"kind":"SEMINAR","courseTitle":"สัมมนาคุณธรรม จริยธรรม","provider":"จังหวัดสงขลา",
                 "trainers":[],"startDate":"2025-03-10","endDate":"2025-03-10","hours":6,
                 "area":"ETHICS","outcome":"ATTENDED"}}"""));
    }

    private String request(String employee, String training) {
        // Only the record owner files a request about their own case file.
        return created(api.postAsOwner(
                employee + "/correction-requests",
                employee.substring(employee.lastIndexOf('/') + 1),
                """
                {"recordId":"%s","kind":"TRAINING","description":"ข้าพเจ้าไม่ได้เข้าร่วมสัมมนานี้",
                 "evidenceReference":"ใบลงทะเบียนวันที่ 10 มี.ค. 2568","requestedOn":"2025-04-01"}"""
                        .formatted(training)));
    }

    private static String rejection() {
        return """
                {"reason":"ลายมือชื่อในใบลงทะเบียนตรงกับผู้ยื่นคำขอ","rejectedBy":"ผู้อำนวยการกองการเจ้าหน้าที่"}""";
    }
}
