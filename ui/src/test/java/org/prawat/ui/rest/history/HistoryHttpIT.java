package org.prawat.ui.rest.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.rest.ApiClient.created;
import static org.prawat.ui.rest.ApiClient.noContent;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.rest.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The history and team-timeline reads over HTTP, with and without a scope. */
@PrawatIntegrationTest
class HistoryHttpIT {

    private static final Duration PROJECTED_WITHIN = Duration.ofSeconds(60);

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
    void a_team_timeline_holds_the_people_of_the_unit_and_its_divisions_and_none_of_a_sibling_unit() {
        String ministry =
                created(api.post("/api/organisation-units", "{\"name\":\"กระทรวงมหาดไทย\",\"kind\":\"MINISTRY\"}"));
        String songkhla = unit("องค์การบริหารส่วนจังหวัดสงขลา", "ORGANISATION", ministry);
        String hrDivision = unit("กองการเจ้าหน้าที่", "DIVISION", songkhla);
        String maehia = unit("เทศบาลเมืองแม่เหียะ", "ORGANISATION", ministry);
        String director = api.employee(songkhla, "ไพเจน");
        String officer = api.employee(hrDivision, "สุภาพร");
        String sibling = api.employee(maehia, "มาลี");
        for (String employee : List.of(director, officer, sibling)) {
            created(api.post("/api/employees/" + employee + "/trainings", orientation()));
        }

        var timeline = eventually("/api/units/" + songkhla + "/timeline?size=50", null, 4);

        List<String> employees = JsonPath.read(timeline, "$.entries[*].employeeId");
        assertThat(employees).containsOnly(director, officer);
        assertThat((List<String>) JsonPath.read(timeline, "$.entries[*].kind"))
                .containsExactlyInAnyOrder("TRAINING", "TRAINING", "REGISTRATION", "REGISTRATION");
        assertThat((List<String>) JsonPath.read(timeline, "$.entries[0:2].businessDate"))
                .as("newest first")
                .containsOnly("2024-09-25");

        String trainingsOnly = get(
                        "/api/units/" + songkhla + "/timeline?kind=TRAINING&from=2024-09-01&to=2024-09-30", null)
                .getBody();
        assertThat((Integer) JsonPath.read(trainingsOnly, "$.total")).isEqualTo(2);
        String path = "/api/units/" + songkhla + "/timeline";
        assertThat((Integer) JsonPath.read(get(path + "?fiscalYear=2567", null).getBody(), "$.total"))
                .as("the trainings of 25 Sep 2024 fall in B.E. fiscal year 2567, the registrations in 2564")
                .isEqualTo(2);
        assertThat((Integer) JsonPath.read(
                        get(path + "?personnelType=SUBDISTRICT_STAFF&level=ปฏิบัติการ", null)
                                .getBody(),
                        "$.total"))
                .isEqualTo(4);
        assertThat((Integer) JsonPath.read(
                        get(path + "?personnelType=MUNICIPAL_STAFF", null).getBody(), "$.total"))
                .isZero();

        String divisionScope =
                get("/api/units/" + songkhla + "/timeline", hrDivision).getBody();
        assertThat((List<String>) JsonPath.read(divisionScope, "$.entries[*].employeeId"))
                .as("a manager of the division sees only the division's part")
                .containsOnly(officer);
        var siblingScope = get("/api/units/" + songkhla + "/timeline", maehia);
        assertThat(siblingScope.getStatusCode().value())
                .as("a unit beside the caller's is refused, not shown empty (issue 6)")
                .isEqualTo(403);
    }

    @Test
    void a_division_moved_to_another_organisation_takes_its_people_into_that_timeline() {
        String ministry =
                created(api.post("/api/organisation-units", "{\"name\":\"กระทรวงมหาดไทย\",\"kind\":\"MINISTRY\"}"));
        String songkhla = unit("องค์การบริหารส่วนจังหวัดสงขลา", "ORGANISATION", ministry);
        String maehia = unit("เทศบาลเมืองแม่เหียะ", "ORGANISATION", ministry);
        String division = unit("กองการเจ้าหน้าที่", "DIVISION", songkhla);
        String officer = api.employee(division, "สุภาพร");
        eventually("/api/units/" + songkhla + "/timeline", null, 1);

        noContent(api.post(
                "/api/organisation-units/" + division + "/moves",
                """
                {"newParentId":"%s","effectiveOn":"2025-02-01"}""".formatted(maehia)));

        String moved = eventually("/api/units/" + maehia + "/timeline", null, 1);
        assertThat((List<String>) JsonPath.read(moved, "$.entries[*].employeeId"))
                .containsExactly(officer);
        assertThat(eventually("/api/units/" + songkhla + "/timeline", null, 0)).contains("\"total\":0");
    }

    @Test
    void a_case_history_is_read_now_as_at_and_as_of_and_not_outside_the_scope() {
        String unit = api.unit("องค์การบริหารส่วนตำบลใหม่");
        String employee = api.employee(unit, "สุภาพร");
        created(api.post("/api/employees/" + employee + "/trainings", orientation()));
        String history = "/api/employees/" + employee + "/history";

        eventually(history, null, 2);
        var asAt = getAsAuditor(history + "?asAt=" + Instant.now(), null);
        var asOf = getAsAuditor(history + "?asOf=2024-09-24", unit);
        var outside = get(history, api.unit("เทศบาลเมืองแม่เหียะ"));
        var both = get(history + "?asAt=" + Instant.now() + "&asOf=2024-09-24", null);
        var notADate = get(history + "?asOf=24/09/2567", null);

        assertThat((List<String>) JsonPath.read(asAt.getBody(), "$.entries[*].kind"))
                .containsExactly("TRAINING", "REGISTRATION");
        assertThat((String) JsonPath.read(asAt.getBody(), "$.entries[0].title"))
                .isEqualTo("ปฐมนิเทศ: กลยุทธ์การทำงานร่วมกันสู่ความเป็นเลิศ");
        assertThat((List<String>) JsonPath.read(asOf.getBody(), "$.entries[*].kind"))
                .as("the orientation ended on 25 September")
                .containsExactly("REGISTRATION");
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(outside.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(both.getBody(), "$.code")).isEqualTo("history.as-at-and-as-of");
        assertThat(notADate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(notADate.getBody(), "$.thai")).contains("asOf");
    }

    private String unit(String name, String kind, String parent) {
        return created(api.post(
                "/api/organisation-units",
                """
                {"name":"%s","kind":"%s","parentId":"%s"}""".formatted(name, kind, parent)));
    }

    private static String orientation() {
        return """
                {"training":{"kind":"ORIENTATION","courseTitle":"กลยุทธ์การทำงานร่วมกันสู่ความเป็นเลิศ",
                 "provider":"องค์การบริหารส่วนจังหวัดสงขลา","trainers":["นายไพเจน มากสุวรรณ์"],
                 "startDate":"2024-09-23","endDate":"2024-09-25","hours":18,"area":"PERSONAL_QUALITIES","outcome":"ATTENDED"}}""";
    }

    private ResponseEntity<String> get(String path, String scope) {
        return api.get(path, scope);
    }

    /** Past states are for auditors: of {@code scope}'s subtree, or of everything when it is null. */
    private ResponseEntity<String> getAsAuditor(String path, String scope) {
        return api.getAsAuditor(path, scope);
    }

    /** GETs {@code path} until it lists {@code entries} entries (the projection takes a moment). */
    private String eventually(String path, String scope, int entries) {
        long deadline = System.nanoTime() + PROJECTED_WITHIN.toNanos();
        String body = null;
        while (System.nanoTime() < deadline) {
            var response = get(path, scope);
            body = response.getBody();
            if (response.getStatusCode() == HttpStatus.OK
                    && ((List<?>) JsonPath.read(body, "$.entries")).size() == entries) {
                return body;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Not projected within " + PROJECTED_WITHIN + ": " + body);
    }
}
