package org.prawat.ui.rest.knowledge;

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

/** A knowledge item's life through the HTTP API: published from a report, revised, archived. */
@PrawatIntegrationTest
class KnowledgeItemsHttpIT {

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
    void a_report_becomes_a_knowledge_item_that_is_revised_then_archived() {
        String author = api.employee(api.unit("เทศบาลเมืองแม่เหียะ"), "จันทร์เพ็ญ");
        String training = created(
                api.post(
                        "/api/employees/" + author + "/trainings",
                        """
                {"training":{"kind":"STUDY_VISIT","courseTitle":"ศึกษาดูงานศูนย์บริการร่วม เทศบาลนครยะลา",
                 "provider":"เทศบาลนครยะลา","trainers":[],"startDate":"2024-08-01","endDate":"2024-08-02",
                 "hours":12,"area":"JOB_SPECIFIC","outcome":"ATTENDED"}}"""));
        noContent(
                api.post(
                        "/api/employees/" + author + "/trainings/" + training + "/reports",
                        """
                {"whatWasLearned":"ผู้ที่จะทำงานด้านบริการได้ดี ต้องมีหัวใจการให้บริการ",
                 "howItWillBeApplied":"ปรับปรุงการต้อนรับประชาชนที่ศูนย์บริการร่วม","submittedOn":"2024-08-20"}"""));

        String item = created(api.post(
                "/api/knowledge",
                """
                {"title":"หัวใจการให้บริการ","body":"ผู้ที่จะทำงานด้านบริการได้ดี ต้องมีหัวใจการให้บริการ",
                 "topics":["การบริการประชาชน"],"author":"%s","source":{"employeeId":"%s","trainingId":"%s"},
                 "publishedOn":"2024-09-01"}"""
                        .formatted(author, author, training)));
        noContent(api.post(
                "/api/knowledge/" + item + "/revisions",
                """
                {"title":"หัวใจการให้บริการ (ฉบับปรับปรุง)","body":"เพิ่มขั้นตอนการรับเรื่องร้องเรียน",
                 "topics":["การบริการประชาชน","เรื่องร้องเรียน"],"revisedBy":"%s","revisedOn":"2025-01-10",
                 "note":"เพิ่มเนื้อหา"}"""
                        .formatted(author)));
        noContent(api.post(
                "/api/knowledge/" + item + "/archivals",
                "{\"reason\":\"มีคู่มือฉบับใหม่แทน\",\"archivedOn\":\"2025-06-30\"}"));
        refused(
                api.post("/api/knowledge/" + item + "/archivals", "{\"reason\":\"ซ้ำ\",\"archivedOn\":\"2025-07-01\"}"),
                "knowledge.archived");

        assertThat(api.eventTypes(item))
                .containsExactly("KnowledgeItemPublished", "KnowledgeItemRevised", "KnowledgeItemArchived");
    }

    @Test
    void citing_a_training_without_a_report_is_refused() {
        String author = api.employee(api.unit("องค์การบริหารส่วนตำบลใหม่"), "นงลักษณ์");

        refused(
                api.post(
                        "/api/knowledge",
                        """
                        {"title":"บันทึกการอบรม","body":"เนื้อหา","topics":[],"author":"%s",
                         "source":{"employeeId":"%s","trainingId":"no-such-training"},"publishedOn":"2024-09-01"}"""
                                .formatted(author, author)),
                "knowledge.unknown-report");
    }
}
