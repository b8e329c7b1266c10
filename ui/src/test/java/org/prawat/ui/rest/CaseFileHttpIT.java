package org.prawat.ui.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.rest.ApiClient.HR;
import static org.prawat.ui.rest.ApiClient.created;
import static org.prawat.ui.rest.ApiClient.noContent;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** A case file written through the HTTP API only, read back from the event store as an auditor would. */
@PrawatIntegrationTest
class CaseFileHttpIT {

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
    void every_request_is_stored_in_order_with_the_caller_from_the_header_and_a_correlation_id() {
        String ministry =
                created(api.post("/api/organisation-units", "{\"name\":\"กระทรวงมหาดไทย\",\"kind\":\"MINISTRY\"}"));
        String unit = createUnderMinistry(ministry, "องค์การบริหารส่วนจังหวัดสงขลา");
        String otherUnit = createUnderMinistry(ministry, "องค์การบริหารส่วนตำบลใหม่");
        var registration = api.post("/api/employees", registration(unit, TestEmployees.newNationalId(), "สุภาพร"));
        assertThat(registration.getHeaders().getLocation()).hasPath("/api/employees/" + created(registration));
        String employee = "/api/employees/" + created(registration);

        assertThat(api.post(
                                employee + "/transfers",
                                HR,
                                "คำสั่งย้าย",
                                """
                        {"toUnitId":"%s","orderNumber":"123/2567","effectiveOn":"2024-06-01"}"""
                                        .formatted(otherUnit))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String orientation = created(api.post(employee + "/trainings", training("ORIENTATION", "ปฐมนิเทศพนักงาน", 7)));
        created(api.post(employee + "/trainings", training("TRAINING", "หลักสูตรนักบริหารงานท้องถิ่น", 8)));
        created(api.post(employee + "/trainings", training("STUDY_VISIT", "ศึกษาดูงานเทศบาลนครยะลา", 9)));
        assertThat(api.post(
                                employee + "/trainings/" + orientation + "/reports",
                                """
                        {"whatWasLearned":"ระเบียบงานบุคคล","howItWillBeApplied":"ใช้ในงานประจำ","submittedOn":"2024-07-10"}""")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        created(api.post(employee + "/evaluations", "manager", null, evaluation(1, "2025-03-31")));
        String secondRound = created(api.post(employee + "/evaluations", "manager", null, evaluation(2, "2025-09-30")));
        created(api.post(
                employee + "/salary-step-increases",
                """
                {"steps":1,"evaluationId":"%s","orderNumber":"321/2568","awardedOn":"2025-10-01","effectiveOn":"2025-10-01"}"""
                        .formatted(secondRound)));
        String corrected =
                training("ORIENTATION", "ปฐมนิเทศพนักงานส่วนตำบล", 7).replace("{\"training\":", "{\"corrected\":");
        assertThat(api.post(
                                employee + "/trainings/" + orientation + "/corrections",
                                HR,
                                "ชื่อหลักสูตรผิด",
                                corrected.substring(0, corrected.length() - 1)
                                        + ",\"details\":{\"reason\":\"ชื่อหลักสูตรผิด\",\"evidenceReference\":\"หนังสือ สข 0023/123\","
                                        + "\"approvedBy\":\"ผู้อำนวยการกองการเจ้าหน้าที่\"}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT payload_type, meta_data->>'issuedBy' AS issued_by, meta_data->>'reason' AS reason,"
                        + " meta_data->>'correlationId' AS correlation_id, recorded_at"
                        + " FROM event_journal WHERE aggregate_identifier = ? ORDER BY sequence_number",
                created(registration));

        assertThat(events)
                .extracting(e -> ((String) e.get("payload_type")).replaceAll(".*\\.", ""))
                .containsExactly(
                        "EmployeeRegistered",
                        "EmployeeTransferred",
                        "TrainingRecorded",
                        "TrainingRecorded",
                        "TrainingRecorded",
                        "TrainingReportSubmitted",
                        "EvaluationRecorded",
                        "EvaluationRecorded",
                        "SalaryStepIncreaseGranted",
                        "TrainingCorrected");
        assertThat(events)
                .extracting(e -> e.get("issued_by"))
                .containsExactly(HR, HR, HR, HR, HR, HR, "manager", "manager", HR, HR);
        assertThat(events).extracting(e -> e.get("reason")).containsOnlyOnce("คำสั่งย้าย");
        assertThat(events.get(9).get("reason")).isEqualTo("ชื่อหลักสูตรผิด");
        assertThat(events.get(1).get("reason")).isEqualTo("คำสั่งย้าย");
        assertThat(events)
                .extracting(e -> e.get("correlation_id"))
                .as("one request, one command, one correlation id")
                .doesNotContainNull()
                .doesNotHaveDuplicates();
        assertThat(events).allSatisfy(e -> assertThat(e.get("recorded_at")).isNotNull());
    }

    @Test
    void renames_moves_managers_reviews_acknowledgements_position_changes_and_separations_are_recorded() {
        String ministry = ministry();
        String unit = createUnderMinistry(ministry, "องค์การบริหารส่วนตำบลใหม่");
        String otherUnit = createUnderMinistry(ministry, "เทศบาลเมืองแม่เหียะ");
        String section = created(api.post(
                "/api/organisation-units",
                """
                {"name":"ฝ่ายการเจ้าหน้าที่","kind":"SECTION","parentId":"%s"}""".formatted(unit)));
        String employeeId =
                created(api.post("/api/employees", registration(unit, TestEmployees.newNationalId(), "สุภาพร")));
        String employee = "/api/employees/" + employeeId;
        String evaluation = created(api.post(employee + "/evaluations", evaluation(1, "2025-03-31")));

        noContent(api.post(
                "/api/organisation-units/" + unit + "/renames",
                """
                {"newName":"องค์การบริหารส่วนตำบลใหม่พัฒนา","effectiveOn":"2025-01-01"}"""));
        noContent(api.post(
                "/api/organisation-units/" + section + "/moves",
                """
                {"newParentId":"%s","effectiveOn":"2025-02-01"}""".formatted(otherUnit)));
        noContent(api.post(
                "/api/organisation-units/" + unit + "/managers",
                """
                {"managerId":"%s","effectiveOn":"2025-03-01"}""".formatted(employeeId)));
        noContent(api.post(
                employee + "/evaluations/" + evaluation + "/reviews",
                """
                {"reviewerName":"นายสมชาย ใจดี","agreed":true,"reviewedOn":"2025-04-05"}"""));
        noContent(api.post(
                employee + "/evaluations/" + evaluation + "/acknowledgements",
                """
                {"acknowledgedOn":"2025-04-10"}"""));
        noContent(
                api.post(
                        employee + "/position-changes",
                        """
                {"position":"นักทรัพยากรบุคคล","level":"ชำนาญการ","orderNumber":"45/2568","effectiveOn":"2025-05-01"}"""));
        noContent(api.post(
                employee + "/separations",
                """
                {"reason":"RESIGNED","orderNumber":"99/2568","effectiveOn":"2025-09-30"}"""));

        assertThat(api.eventTypes(employeeId))
                .containsExactly(
                        "EmployeeRegistered",
                        "EvaluationRecorded",
                        "EvaluationReviewed",
                        "EvaluationAcknowledged",
                        "PositionChanged",
                        "EmployeeSeparated");
        assertThat(api.eventTypes(unit))
                .containsExactly("OrganisationUnitCreated", "OrganisationUnitRenamed", "UnitManagerAssigned");
        assertThat(api.eventTypes(section)).containsExactly("OrganisationUnitCreated", "OrganisationUnitMoved");
    }

    @Test
    void an_invalid_national_id_is_refused_as_a_problem_in_thai_and_english() {
        String unit = createUnderMinistry(ministry(), "เทศบาลเมืองแม่เหียะ");
        String valid = TestEmployees.newNationalId();
        String wrongCheckDigit = valid.substring(0, 12) + ((valid.charAt(12) - '0' + 1) % 10);

        var refused = api.post("/api/employees", registration(unit, wrongCheckDigit, "สุภาพร"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        String thai = JsonPath.read(refused.getBody(), "$.thai");
        String english = JsonPath.read(refused.getBody(), "$.english");
        assertThat(thai).contains("เลขประจำตัวประชาชน");
        assertThat(english).contains("national ID");
        assertThat((String) JsonPath.read(refused.getBody(), "$.detail")).isEqualTo(thai + " / " + english);
        assertThat((String) JsonPath.read(refused.getBody(), "$.code")).isEqualTo("national-id.invalid");
        assertThat(refused.getBody()).doesNotContain("at org.");
    }

    @Test
    void a_missing_first_name_is_refused_naming_the_field() {
        String unit = createUnderMinistry(ministry(), "องค์การบริหารส่วนจังหวัดสงขลา");

        var refused = api.post("/api/employees", registration(unit, TestEmployees.newNationalId(), " "));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<String>) JsonPath.read(refused.getBody(), "$.errors[*].field"))
                .containsExactly("firstName");
        assertThat((String) JsonPath.read(refused.getBody(), "$.errors[0].message"))
                .isEqualTo("กรุณาระบุชื่อ / The first name is required");
    }

    @Test
    void a_request_without_credentials_is_refused_and_nothing_is_stored() {
        String name = "หน่วยงานไม่ระบุผู้ใช้ " + TestEmployees.newSurname();

        var refused = api.post(
                "/api/organisation-units",
                null,
                null,
                """
                {"name":"%s","kind":"MINISTRY"}""".formatted(name));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) JsonPath.read(refused.getBody(), "$.english")).contains("HTTP Basic");
        assertThat((String) JsonPath.read(refused.getBody(), "$.thai")).contains("กรุณายืนยันตัวตน");
        Integer stored = jdbc.queryForObject(
                "SELECT count(*) FROM event_journal WHERE payload::text LIKE ?", Integer.class, "%" + name + "%");
        assertThat(stored).isZero();
    }

    @Test
    void malformed_json_and_an_unknown_employee_are_problems_too() {
        var malformed = api.post("/api/employees", "{\"firstName\": ");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(malformed.getBody(), "$.english")).contains("JSON");

        var unknown = api.post(
                "/api/employees/no-such-employee/separations",
                """
                {"reason":"RESIGNED","orderNumber":"9/2568","effectiveOn":"2025-01-01"}""");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void the_openapi_document_lists_every_endpoint_the_reason_header_and_how_to_authenticate() {
        var docs = http.getForEntity("/v3/api-docs", String.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> paths = JsonPath.read(docs.getBody(), "$.paths");
        assertThat(paths)
                .containsOnlyKeys(
                        "/api/organisation-units",
                        "/api/organisation-units/{unitId}/renames",
                        "/api/organisation-units/{unitId}/moves",
                        "/api/organisation-units/{unitId}/managers",
                        "/api/employees",
                        "/api/employees/{employeeId}/transfers",
                        "/api/employees/{employeeId}/position-changes",
                        "/api/employees/{employeeId}/separations",
                        "/api/employees/{employeeId}/trainings",
                        "/api/employees/{employeeId}/trainings/{trainingId}/reports",
                        "/api/employees/{employeeId}/evaluations",
                        "/api/employees/{employeeId}/evaluations/{evaluationId}/reviews",
                        "/api/employees/{employeeId}/evaluations/{evaluationId}/acknowledgements",
                        "/api/employees/{employeeId}/salary-step-increases",
                        "/api/employees/{employeeId}/certificates-of-honour",
                        "/api/employees/{employeeId}/bonuses",
                        "/api/employees/{employeeId}/outstanding-employee-awards",
                        "/api/employees/{employeeId}/letters-of-praise",
                        "/api/employees/{employeeId}/royal-decorations",
                        "/api/employees/{employeeId}/trainings/{trainingId}/corrections",
                        "/api/employees/{employeeId}/evaluations/{evaluationId}/corrections",
                        "/api/employees/{employeeId}/commendations/{commendationId}/corrections",
                        "/api/employees/{employeeId}/retractions",
                        "/api/employees/{employeeId}/development-plans",
                        "/api/employees/{employeeId}/development-plans/{planId}/activities",
                        "/api/employees/{employeeId}/development-plans/{planId}/activities/{activityId}/drops",
                        "/api/employees/{employeeId}/development-plans/{planId}/activities/{activityId}/trainings",
                        "/api/knowledge",
                        "/api/knowledge/people",
                        "/api/knowledge/{knowledgeItemId}/revisions",
                        "/api/knowledge/{knowledgeItemId}/archivals",
                        "/api/employees/{employeeId}/correction-requests",
                        "/api/employees/{employeeId}/correction-requests/{requestId}/rejections",
                        "/api/courses",
                        "/api/courses/{courseId}/sessions",
                        "/api/courses/{courseId}/sessions/{sessionId}/attendance",
                        "/api/employees/{employeeId}/history",
                        "/api/employees/{employeeId}/history.csv",
                        "/api/employees/{employeeId}/personal-data-erasures",
                        "/api/audit/employees/{employeeId}/verification",
                        "/api/audit/verification",
                        "/api/audit/read-log",
                        "/api/units/{unitId}/timeline",
                        "/api/search",
                        "/api/admin/rebuilds",
                        "/api/admin/rebuilds/current");
        assertThat((List<String>) JsonPath.read(docs.getBody(), "$.paths['/api/employees'].post.parameters[*].name"))
                .containsExactly("X-Prawat-Reason");
        assertThat((List<String>) JsonPath.read(
                        docs.getBody(), "$.paths['/api/employees/{employeeId}/history'].get.parameters[*].name"))
                .containsExactly("employeeId", "asAt", "asOf");
        assertThat((Map<String, Object>) JsonPath.read(docs.getBody(), "$.components.securitySchemes"))
                .containsOnlyKeys("basic", "bearer");
    }

    private String ministry() {
        return created(api.post("/api/organisation-units", "{\"name\":\"กระทรวงมหาดไทย\",\"kind\":\"MINISTRY\"}"));
    }

    private String createUnderMinistry(String ministry, String name) {
        var response = api.post(
                "/api/organisation-units",
                """
                {"name":"%s","kind":"ORGANISATION","parentId":"%s"}""".formatted(name, ministry));
        assertThat(response.getHeaders().getLocation()).hasPath("/api/organisation-units/" + created(response));
        return created(response);
    }

    private static String registration(String unit, String nationalId, String firstName) {
        return """
                {"nationalId":"%s","title":"นางสาว","firstName":"%s","lastName":"%s","unitId":"%s",
                 "personnelType":"SUBDISTRICT_STAFF","position":"นักทรัพยากรบุคคล","level":"ปฏิบัติการ","appointedOn":"2020-10-01"}"""
                .formatted(nationalId, firstName, TestEmployees.newSurname(), unit);
    }

    private static String training(String kind, String course, int month) {
        return """
                {"training":{"kind":"%s","courseTitle":"%s","provider":"สถาบันพัฒนาบุคลากรท้องถิ่น",
                 "trainers":["ดร.วิทยาธร ท่อแก้ว"],"startDate":"2024-%02d-01","endDate":"2024-%02d-03","hours":18,
                 "area":"GENERAL_KNOWLEDGE","outcome":"PASSED"}}"""
                .formatted(kind, course, month, month);
    }

    private static String evaluation(int round, String evaluatedOn) {
        return """
                {"fiscalYear":2568,"round":%d,"achievementScore":92,"achievementWeight":70,"competencyScore":88,
                 "competencyWeight":30,"evaluatorName":"นายไพเจน มากสุวรรณ์","evaluatedOn":"%s"}"""
                .formatted(round, evaluatedOn);
    }
}
