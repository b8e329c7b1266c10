package org.prawat.ui.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.rest.ApiClient.created;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a careless paste or an attacker types into the text fields of the HTTP API: markup, SQL,
 * Elasticsearch query syntax and broken Thai are stored exactly as given and read back as text;
 * control characters and a megabyte string are refused with a message in Thai and English beside the
 * field, and nothing recorded before is lost. CommandTextsTest shows every text field of every command
 * carries the same two guards exercised here.
 */
@PrawatIntegrationTest
class HostileInputIT {

    static final List<String> KEPT_VERBATIM = List.of(
            "<script>alert('prawat')</script>",
            "<img src=x onerror=\"alert(1)\"> & &amp; <b>ตัวหนา</b>",
            "'; DROP TABLE event_journal; -- \" OR 1=1",
            "courseTitle:* OR nationalId:[0 TO 9] AND \\ / { } ~ ^ ( ) \"",
            "\u0e48\u0e48\u0e31กก\u0e34\u0e34\u0e38\u0e39 นํ้า", // tone marks before any consonant, doubled vowels
            "บรรทัดแรก\nบรรทัดที่สอง\tมีแท็บ");

    static final List<String> REFUSED =
            List.of("ชื่อ\u0000หลักสูตร", "เสียง\u0007กริ่ง", "\u001b[31mสีแดง", "ครึ่ง\ud800ตัว");

    static final String MEGABYTE = "ก".repeat(1_048_576);

    @Autowired
    TestRestTemplate http;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    /** Every non-ASCII character escaped (\\uXXXX): a lone surrogate cannot travel as UTF-8 any other way. */
    final ObjectMapper json =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    String employee;

    @BeforeEach
    void employee() {
        api = new ApiClient(http, jdbc, accounts);
        employee = api.employee(api.unit("องค์การบริหารส่วนตำบลทดสอบอักขระ"), "สมศรี");
    }

    @Test
    void markup_sql_query_syntax_and_broken_thai_are_stored_and_read_back_verbatim() throws Exception {
        for (String text : KEPT_VERBATIM) {
            String training = created(postTraining(text, text));
            JsonNode stored = storedPayload(training);
            assertThat(stored.at("/training/courseTitle").asText()).isEqualTo(text);
            assertThat(stored.at("/training/trainers/0").asText()).isEqualTo(text);
        }
        // A timeline title is the kind, a colon and the course title as recorded.
        var titles = awaitHistoryTitles(KEPT_VERBATIM.size());
        for (String text : KEPT_VERBATIM) {
            assertThat(titles).anySatisfy(title -> assertThat(title).endsWith(": " + text));
        }
    }

    @Test
    void control_characters_and_a_megabyte_are_refused_beside_the_field_and_nothing_is_lost() throws Exception {
        created(postTraining("การพัฒนาศักยภาพบุคลากรท้องถิ่น", "ดร.วิทยาธร ท่อแก้ว"));
        int before = api.eventTypes(employee).size();
        for (String text : REFUSED) {
            assertRefused(postTraining(text, "วิทยากร"), "training.courseTitle", "อักขระควบคุม", "control");
            assertRefused(postTraining("หลักสูตร", text), "training.trainers[0]", "อักขระควบคุม", "control");
        }
        assertRefused(postTraining(MEGABYTE, "วิทยากร"), "training.courseTitle", "ความยาว", "length");
        assertRefused(
                api.post(
                        "/api/organisation-units",
                        json.writeValueAsString(Map.of("name", MEGABYTE, "kind", "MINISTRY"))),
                "name",
                "ความยาว",
                "length");
        assertThat(api.eventTypes(employee)).hasSize(before);
        assertThat(awaitHistoryTitles(1)).singleElement().asString().endsWith(": การพัฒนาศักยภาพบุคลากรท้องถิ่น");
    }

    @Test
    void search_text_is_a_literal_never_query_syntax() {
        for (String text : KEPT_VERBATIM) {
            var response = api.get(search(text), null);
            assertThat(response.getStatusCode())
                    .as(text + " → " + response.getBody())
                    .isEqualTo(HttpStatus.OK);
        }
        var wildcard = api.get(search("*"), null);
        assertThat(wildcard.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static java.net.URI search(String text) {
        return UriComponentsBuilder.fromPath("/api/search")
                .queryParam("q", "{q}")
                .encode()
                .buildAndExpand(text)
                .toUri();
    }

    private ResponseEntity<String> postTraining(String courseTitle, String trainer) throws Exception {
        var training = Map.of(
                "kind", "TRAINING",
                "courseTitle", courseTitle,
                "provider", "สถาบันพัฒนาบุคลากรท้องถิ่น",
                "trainers", List.of(trainer),
                "startDate", "2024-03-04",
                "endDate", "2024-03-05",
                "hours", 12,
                "area", "GENERAL_KNOWLEDGE",
                "outcome", "PASSED");
        return api.post(
                "/api/employees/" + employee + "/trainings", json.writeValueAsString(Map.of("training", training)));
    }

    private static void assertRefused(ResponseEntity<String> response, String field, String thai, String english) {
        assertThat(response.getStatusCode()).as(abbreviated(response)).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, String>> errors = JsonPath.read(response.getBody(), "$.errors");
        assertThat(errors).as(abbreviated(response)).anySatisfy(error -> {
            assertThat(error.get("field")).isEqualTo(field);
            assertThat(error.get("message")).contains(thai).containsIgnoringCase(english);
        });
    }

    private static String abbreviated(ResponseEntity<String> response) {
        String body = String.valueOf(response.getBody());
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }

    private JsonNode storedPayload(String trainingId) throws Exception {
        String payload = jdbc.queryForObject(
                "SELECT payload::text FROM event_journal WHERE aggregate_identifier = ?"
                        + " AND payload_type LIKE '%TrainingRecorded' AND payload::text LIKE ?",
                String.class, employee, "%" + trainingId + "%");
        return json.readTree(payload);
    }

    /** The titles of the case file's timeline once the projection shows {@code count} entries besides the appointment. */
    private List<String> awaitHistoryTitles(int count) throws InterruptedException {
        Function<String, List<String>> titles =
                body -> JsonPath.<List<String>>read(body, "$.entries[?(@.kind == 'TRAINING')].title");
        List<String> last = List.of();
        for (int attempt = 0; attempt < 100; attempt++) {
            var response = api.get("/api/employees/" + employee + "/history", null);
            if (response.getStatusCode() == HttpStatus.OK) {
                last = titles.apply(response.getBody());
                if (last.size() >= count) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The timeline showed only " + last);
    }
}
