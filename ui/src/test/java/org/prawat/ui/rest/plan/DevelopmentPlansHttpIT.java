package org.prawat.ui.rest.plan;

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

/** A three-year development plan kept through the HTTP API: prepared, extended, trimmed, matched to a training. */
@PrawatIntegrationTest
class DevelopmentPlansHttpIT {

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
    void a_plan_is_prepared_extended_trimmed_and_matched_against_what_was_done() {
        String employeeId = api.employee(api.unit("องค์การบริหารส่วนตำบลใหม่"), "ปวีณา");
        String employee = "/api/employees/" + employeeId;
        String plans = employee + "/development-plans";
        String plan = created(
                api.post(
                        plans,
                        """
                {"firstFiscalYear":2567,"approvedBy":"นายกองค์การบริหารส่วนตำบลใหม่","preparedOn":"2023-09-15",
                 "activities":[{"area":"ETHICS","method":"SEMINAR","title":"สัมมนาคุณธรรม จริยธรรม",
                                "fiscalYear":2567,"plannedHours":6}]}"""));
        String activity = created(
                api.post(
                        plans + "/" + plan + "/activities",
                        """
                {"area":"MANAGEMENT","method":"TRAINING","title":"หลักสูตรนักบริหารงานท้องถิ่น",
                 "fiscalYear":2568,"plannedHours":60}"""));
        String dropped = created(
                api.post(
                        plans + "/" + plan + "/activities",
                        """
                {"area":"JOB_SPECIFIC","method":"E_LEARNING","title":"การใช้ระบบบัญชีคอมพิวเตอร์",
                 "fiscalYear":2569,"plannedHours":12}"""));
        noContent(api.post(
                plans + "/" + plan + "/activities/" + dropped + "/drops", "{\"reason\":\"ย้ายไปปฏิบัติงานด้านอื่น\"}"));
        String training = created(
                api.post(
                        employee + "/trainings",
                        """
                {"training":{"kind":"TRAINING","courseTitle":"หลักสูตรนักบริหารงานท้องถิ่น","provider":"สถาบันพัฒนาบุคลากรท้องถิ่น",
                 "trainers":[],"startDate":"2025-02-03","endDate":"2025-02-14","hours":60,
                 "area":"MANAGEMENT","outcome":"PASSED"}}"""));
        noContent(api.post(
                plans + "/" + plan + "/activities/" + activity + "/trainings",
                "{\"trainingId\":\"" + training + "\"}"));

        assertThat(api.eventTypes(employeeId))
                .containsExactly(
                        "EmployeeRegistered",
                        "DevelopmentPlanPrepared",
                        "PlannedActivityAdded",
                        "PlannedActivityAdded",
                        "PlannedActivityDropped",
                        "TrainingRecorded",
                        "TrainingLinkedToPlannedActivity");
    }

    @Test
    void an_activity_outside_the_plans_three_years_is_refused() {
        String employeeId = api.employee(api.unit("เทศบาลเมืองแม่เหียะ"), "ศิริพร");

        refused(
                api.post(
                        "/api/employees/" + employeeId + "/development-plans",
                        """
                        {"firstFiscalYear":2567,"approvedBy":"นายกเทศมนตรี","preparedOn":"2023-09-15",
                         "activities":[{"area":"ETHICS","method":"SEMINAR","title":"สัมมนาคุณธรรม จริยธรรม",
                                        "fiscalYear":2571,"plannedHours":6}]}"""),
                "plan.activity-year");
        assertThat(api.eventTypes(employeeId)).containsExactly("EmployeeRegistered");
    }
}
