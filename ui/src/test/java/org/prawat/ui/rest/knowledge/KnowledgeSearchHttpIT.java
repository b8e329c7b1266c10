package org.prawat.ui.rest.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.rest.ApiClient.created;
import static org.prawat.ui.rest.ApiClient.noContent;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.rest.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Knowledge search and "who knows" over HTTP against the real Elasticsearch, with texts from the
 * seeds (อบจ.สงขลา's service-minded staff). The database outlives runs, so each test works in a
 * new unit (its scope) and gives its course and trainer names never used before.
 */
@PrawatIntegrationTest
class KnowledgeSearchHttpIT {

    private static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(30);

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
    void a_course_is_found_by_its_title_and_by_a_trainers_name() {
        String title = "บริการประชาชนด้วยใจ สู่การเป็นพนักงานมืออาชีพ รุ่น " + TestEmployees.newSurname();
        String trainer = "นายไพเจน " + TestEmployees.newSurname();
        String course = created(api.post(
                "/api/courses",
                """
                {"title":"%s","provider":"องค์การบริหารส่วนจังหวัดสงขลา","kind":"TRAINING",
                 "area":"PERSONAL_QUALITIES","description":"ปลูกฝังค่านิยมในองค์กร ให้รู้จักและเข้าใจในองค์กร"}"""
                        .formatted(title)));
        created(api.post(
                "/api/courses/" + course + "/sessions",
                """
                {"sessionNumber":1,"startDate":"2024-09-23","endDate":"2024-09-25","hours":18,
                 "trainers":["%s"],"venue":"ห้องประชุม อบจ.สงขลา"}"""
                        .formatted(trainer)));

        String byTitle =
                eventually(search(Map.of("q", title)), null, body -> ids(body).contains(course));
        assertThat((String) JsonPath.read(byTitle, "$.hits[0].kind")).isEqualTo("COURSE");
        assertThat((String) JsonPath.read(byTitle, "$.hits[0].snippet")).contains("<em>");

        String byTrainer =
                eventually(search(Map.of("q", trainer)), null, body -> ids(body).contains(course));
        assertThat(ids(byTrainer)).containsExactly(course);
        assertThat((List<String>) JsonPath.read(byTrainer, "$.hits[0].trainers"))
                .containsExactly(trainer);
    }

    @Test
    void a_reports_thai_text_finds_the_report_and_its_author_and_only_within_the_callers_scope() {
        String unit = api.unit("องค์การบริหารส่วนจังหวัดสงขลา");
        String sibling = api.unit("เทศบาลเมืองแม่เหียะ");
        String author = api.employee(unit, "จันทร์เพ็ญ");
        String training = reportedTraining(author, "ผู้ที่จะทำงานด้านบริการได้ดี ต้องมีหัวใจการให้บริการ");

        String found =
                eventually(search(Map.of("q", "หัวใจการให้บริการ", "kind", "TRAINING_REPORT")), unit, body -> ids(body)
                        .contains(training));
        assertThat(ids(found)).containsExactly(training);
        assertThat((String) JsonPath.read(found, "$.hits[0].authorId")).isEqualTo(author);
        assertThat((String) JsonPath.read(found, "$.hits[0].authorName")).startsWith("นางสาวจันทร์เพ็ญ ");
        assertThat((String) JsonPath.read(found, "$.hits[0].title")).isEqualTo("บริการประชาชนด้วยใจ");
        assertThat((String) JsonPath.read(found, "$.hits[0].snippet")).contains("<em>");

        assertThat(ids(get(search(Map.of("q", "ศึกษาดูงาน", "kind", "TRAINING_REPORT")), unit)))
                .as("ศึกษาดูงาน is one word: a report that only mentions งาน does not match")
                .isEmpty();
        assertThat(ids(get(search(Map.of("q", "หัวใจการให้บริการ", "kind", "TRAINING_REPORT")), sibling)))
                .as("a caller of the sibling unit")
                .isEmpty();
    }

    @Test
    void a_revised_item_is_found_by_its_new_words_and_an_archived_one_only_on_request() {
        String unit = api.unit("องค์การบริหารส่วนตำบลใหม่");
        String author = api.employee(unit, "นงลักษณ์");
        String training = reportedTraining(author, "การนำเทคโนโลยีเข้ามาใช้ในการบริหารงาน");
        String item = publish(author, training, "รับเรื่องด้วยแบบฟอร์มกระดาษ", "2024-11-01");
        noContent(api.post(
                "/api/knowledge/" + item + "/revisions",
                """
                {"title":"สำนักงานอัจฉริยะ","body":"ให้บริการประชาชนผ่านสำนักงานอัจฉริยะ ลดการใช้กระดาษ",
                 "topics":["สำนักงานอัจฉริยะ"],"revisedBy":"%s","revisedOn":"2025-01-10","note":"ปรับตามระบบใหม่"}"""
                        .formatted(author)));
        String archived = publish(author, training, "คู่มือการให้บริการฉบับเก่า", "2024-11-02");
        noContent(api.post(
                "/api/knowledge/" + archived + "/archivals",
                "{\"reason\":\"มีคู่มือฉบับใหม่แทน\",\"archivedOn\":\"2025-06-30\"}"));

        eventually(search(Map.of("q", "สำนักงานอัจฉริยะ", "kind", "KNOWLEDGE_ITEM")), unit, body -> ids(body)
                .contains(item));
        assertThat(ids(get(search(Map.of("q", "แบบฟอร์มกระดาษ", "kind", "KNOWLEDGE_ITEM")), unit)))
                .as("the words of the first revision")
                .isEmpty();

        String archivedFlag = "$.hits[?(@.id == '" + archived + "')].archived";
        eventually(
                search(Map.of("q", "คู่มือการให้บริการ", "includeArchived", "true")),
                unit,
                body -> JsonPath.<List<Boolean>>read(body, archivedFlag).contains(true));
        assertThat(ids(get(search(Map.of("q", "คู่มือการให้บริการ")), unit)))
                .as("archived items are hidden by default")
                .doesNotContain(archived);
    }

    @Test
    void who_knows_about_a_topic_ranks_the_author_of_the_report_and_item_on_it_first() {
        String unit = api.unit("องค์การบริหารส่วนจังหวัดสงขลา");
        String expert = api.employee(unit, "สุภาพร");
        String colleague = api.employee(unit, "มาลี");
        String training =
                reportedTraining(expert, "ทำด้วยใจมีทัศนคติที่ดีจะมีความสุขในการทำงาน ต้องมีหัวใจการให้บริการ");
        publish(expert, training, "หัวใจการให้บริการ คือ ทำให้ผู้อื่นมีสุขและตนเองก็เกิดสุขด้วย", "2024-11-01");
        reportedTraining(colleague, "ได้เรียนรู้เรื่องหัวใจการให้บริการเล็กน้อย และการแก้ปัญหาความเดือดร้อน");

        String people = eventually(
                URI.create("/api/knowledge/people?topic=" + encode("หัวใจการให้บริการ")),
                unit,
                body -> JsonPath.<List<String>>read(body, "$.people[*].employeeId")
                                .contains(colleague)
                        && JsonPath.<List<String>>read(body, "$.people[*].employeeId")
                                .contains(expert));

        assertThat((String) JsonPath.read(people, "$.people[0].employeeId")).isEqualTo(expert);
        assertThat((Integer) JsonPath.read(people, "$.people[0].reports")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(people, "$.people[0].items")).isEqualTo(1);
        assertThat((String) JsonPath.read(people, "$.people[0].bestSnippet")).contains("<em>");
    }

    /** A study visit recorded for {@code employee} and their report saying {@code learned}; returns the training id. */
    private String reportedTraining(String employee, String learned) {
        String training = created(
                api.post(
                        "/api/employees/" + employee + "/trainings",
                        """
                {"training":{"kind":"STUDY_VISIT","courseTitle":"บริการประชาชนด้วยใจ",
                 "provider":"องค์การบริหารส่วนจังหวัดสงขลา","trainers":[],"startDate":"2024-08-01","endDate":"2024-08-02",
                 "hours":12,"area":"JOB_SPECIFIC","outcome":"ATTENDED"}}"""));
        noContent(api.post(
                "/api/employees/" + employee + "/trainings/" + training + "/reports",
                """
                {"whatWasLearned":"%s","howItWillBeApplied":"ปรับปรุงการต้อนรับประชาชนที่ศูนย์บริการร่วม",
                 "submittedOn":"2024-08-20"}"""
                        .formatted(learned)));
        return training;
    }

    private String publish(String author, String training, String body, String publishedOn) {
        return created(api.post(
                "/api/knowledge",
                """
                {"title":"%s","body":"%s","topics":["การบริการประชาชน"],"author":"%s",
                 "source":{"employeeId":"%s","trainingId":"%s"},"publishedOn":"%s"}"""
                        .formatted(body, body, author, author, training, publishedOn)));
    }

    private static URI search(Map<String, String> parameters) {
        var uri = UriComponentsBuilder.fromPath("/api/knowledge").queryParam("size", 100);
        parameters.forEach(uri::queryParam);
        return uri.encode().build().toUri();
    }

    private String get(URI uri, String scopeUnit) {
        var response = api.get(uri, scopeUnit);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** Asks until {@code done} holds for the answer (the knowledge processor catches up) or time runs out. */
    private String eventually(URI uri, String scopeUnit, Predicate<String> done) {
        long deadline = System.nanoTime() + PROJECTION_TIMEOUT.toNanos();
        String body = get(uri, scopeUnit);
        while (!done.test(body) && System.nanoTime() < deadline) {
            sleep();
            body = get(uri, scopeUnit);
        }
        assertThat(done).as("answer after %s: %s", PROJECTION_TIMEOUT, body).accepts(body);
        return body;
    }

    private static List<String> ids(String body) {
        return JsonPath.read(body, "$.hits[*].id");
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
