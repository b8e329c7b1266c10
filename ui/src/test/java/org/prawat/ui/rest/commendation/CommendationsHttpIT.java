package org.prawat.ui.rest.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.rest.ApiClient.created;
import static org.prawat.ui.rest.ApiClient.refused;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.rest.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every kind of commendation reaches the case file through the HTTP API. */
@PrawatIntegrationTest
class CommendationsHttpIT {

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
    void each_kind_of_commendation_is_stored_as_its_own_event() {
        String employeeId = api.employee(api.unit("เทศบาลเมืองแม่เหียะ"), "ชลธิชา");
        String employee = "/api/employees/" + employeeId;

        created(
                api.post(
                        employee + "/certificates-of-honour",
                        """
                {"title":"ผู้มีผลงานดีเด่นด้านการพัฒนาบุคลากร","issuedBy":"สถาบันดำรงราชานุภาพ",
                 "certificateNumber":"สดร. ๑๒/๒๕๖๗","awardedOn":"2024-12-05"}"""));
        created(
                api.post(
                        employee + "/bonuses",
                        """
                {"amount":15000,"fiscalYear":2567,"orderNumber":"88/2567","awardedOn":"2024-12-20"}"""));
        created(
                api.post(
                        employee + "/outstanding-employee-awards",
                        """
                {"awardTitle":"พนักงานส่วนท้องถิ่นดีเด่น","awardedBy":"จังหวัดเชียงใหม่","year":2567,
                 "awardedOn":"2025-01-16"}"""));
        created(
                api.post(
                        employee + "/letters-of-praise",
                        """
                {"issuedBy":"นายกเทศมนตรีเมืองแม่เหียะ","subject":"การจัดอบรมปฐมนิเทศพนักงานใหม่",
                 "referenceNumber":"ชม 0023/45","awardedOn":"2025-02-10"}"""));
        var decoration = api.post(
                employee + "/royal-decorations",
                """
                {"decorationClass":"%s","gazetteVolume":141,"gazettePart":"5 ข","gazettePage":12,
                 "gazetteDate":"2024-03-01","awardedOn":"2023-07-28"}"""
                        .formatted(org.prawat.api.commendation.RoyalDecorationClass.values()[0].name()));
        String decorationId = created(decoration);
        assertThat(decoration.getHeaders().getLocation()).hasPath(employee + "/royal-decorations/" + decorationId);

        assertThat(api.eventTypes(employeeId))
                .containsExactly(
                        "EmployeeRegistered",
                        "CertificateOfHonourAwarded",
                        "BonusGranted",
                        "OutstandingEmployeeAwarded",
                        "LetterOfPraiseIssued",
                        "RoyalDecorationConferred");
    }

    @Test
    void a_bonus_of_nothing_is_refused_in_thai_and_english_and_nothing_is_stored() {
        String employeeId = api.employee(api.unit("องค์การบริหารส่วนตำบลใหม่"), "อรุณี");

        String thai = refused(
                api.post(
                        "/api/employees/" + employeeId + "/bonuses",
                        """
                        {"amount":0,"fiscalYear":2567,"orderNumber":"88/2567","awardedOn":"2024-12-20"}"""),
                "commendation.bonus-amount");

        assertThat(thai).contains("เงิน");
        assertThat(api.eventTypes(employeeId)).containsExactly("EmployeeRegistered");
    }
}
