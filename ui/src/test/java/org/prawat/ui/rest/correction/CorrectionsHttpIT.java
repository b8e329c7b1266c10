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

/** HR corrects an evaluation and a commendation through the HTTP API; the originals stay beside them. */
@PrawatIntegrationTest
class CorrectionsHttpIT {

    private static final String DETAILS =
            """
            "details":{"reason":"คะแนนบันทึกคลาดเคลื่อนจากแบบประเมิน","evidenceReference":"แบบประเมินฉบับลงนาม 31 มี.ค. 2568",
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
    void a_corrected_evaluation_gets_its_level_again_and_keeps_the_previous_result() {
        String employeeId = api.employee(api.unit("องค์การบริหารส่วนจังหวัดสงขลา"), "รัตนา");
        String employee = "/api/employees/" + employeeId;
        String evaluation = created(api.post(employee + "/evaluations", evaluation("88")));

        noContent(api.post(
                employee + "/evaluations/" + evaluation + "/corrections",
                """
                {"achievementScore":95,"achievementWeight":70,"competencyScore":90,"competencyWeight":30,
                 "evaluatorName":"นายไพเจน มากสุวรรณ์","evaluatedOn":"2025-03-31",%s}"""
                        .formatted(DETAILS)));

        assertThat(api.eventTypes(employeeId))
                .containsExactly("EmployeeRegistered", "EvaluationRecorded", "EvaluationCorrected");
        var levels = jdbc.queryForMap(
                "SELECT payload->'previous'->>'level' AS previous, payload->'corrected'->>'level' AS corrected"
                        + " FROM event_journal WHERE aggregate_identifier = ? AND payload_type LIKE '%EvaluationCorrected'",
                employeeId);
        assertThat(levels).containsEntry("previous", "VERY_GOOD").containsEntry("corrected", "OUTSTANDING");
    }

    @Test
    void a_bonus_is_corrected_by_its_whole_grant_and_a_change_of_nothing_is_refused() {
        String employeeId = api.employee(api.unit("เทศบาลเมืองแม่เหียะ"), "ดวงใจ");
        String employee = "/api/employees/" + employeeId;
        String bonus = created(
                api.post(
                        employee + "/bonuses",
                        """
                {"amount":15000,"fiscalYear":2567,"orderNumber":"88/2567","awardedOn":"2024-12-20"}"""));
        String corrected =
                """
                {"corrected":{"kind":"GrantBonus","employeeId":"%s","commendationId":"%s","amount":%s,
                 "fiscalYear":2567,"orderNumber":"88/2567","awardedOn":"2024-12-20"},%s}""";

        noContent(api.post(
                employee + "/commendations/" + bonus + "/corrections",
                corrected.formatted(employeeId, bonus, "18000", DETAILS)));
        refused(
                api.post(
                        employee + "/commendations/" + bonus + "/corrections",
                        corrected.formatted(employeeId, bonus, "18000.00", DETAILS)),
                "correction.unchanged");

        assertThat(api.eventTypes(employeeId))
                .containsExactly("EmployeeRegistered", "BonusGranted", "CommendationCorrected");
        String amount = jdbc.queryForObject(
                "SELECT payload->'corrected'->>'amount' FROM event_journal WHERE aggregate_identifier = ?"
                        + " AND payload_type LIKE '%CommendationCorrected'",
                String.class, employeeId);
        assertThat(amount).isEqualTo("18000");
    }

    private static String evaluation(String achievement) {
        return """
                {"fiscalYear":2568,"round":1,"achievementScore":%s,"achievementWeight":70,"competencyScore":80,
                 "competencyWeight":30,"evaluatorName":"นายไพเจน มากสุวรรณ์","evaluatedOn":"2025-03-31"}"""
                .formatted(achievement);
    }
}
