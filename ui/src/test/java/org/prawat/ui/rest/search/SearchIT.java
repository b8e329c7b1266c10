package org.prawat.ui.rest.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.search.SearchFacet;
import org.prawat.api.search.SearchFilters;
import org.prawat.api.search.SearchHit;
import org.prawat.api.search.SearchHitType;
import org.prawat.api.search.SearchOrder;
import org.prawat.api.search.SearchResult;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.rest.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searching across everything, on a fresh ministry of its own (the indices outlive test runs, so
 * every search is narrowed to it): an อบจ.สงขลา officer in its กองการเจ้าหน้าที่ and a
 * เทศบาลเมืองแม่เหียะ officer beside it, with trainings and an evaluation from the seed texts.
 */
@PrawatIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {

    private static final Duration CAUGHT_UP_WITHIN = Duration.ofSeconds(60);
    private static final int PEOPLE = 2;
    private static final int RECORDS = 7;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    OrganisationUnitId ministry;
    OrganisationUnitId songkhla;
    OrganisationUnitId maehia;
    EmployeeId supaporn;
    EmployeeId somchai;
    TrainingId orientation;
    TrainingId competencyCourse;
    TrainingId studyVisit;
    TrainingId ethicsCourse;
    EvaluationId evaluation;

    @BeforeAll
    void aMinistryWithTwoOfficers() throws InterruptedException {
        ministry = unit("กระทรวงมหาดไทย", UnitKind.MINISTRY, null);
        songkhla = unit("องค์การบริหารส่วนจังหวัดสงขลา", UnitKind.ORGANISATION, ministry);
        var hrDivision = unit("กองการเจ้าหน้าที่", UnitKind.DIVISION, songkhla);
        maehia = unit("เทศบาลเมืองแม่เหียะ", UnitKind.ORGANISATION, ministry);
        supaporn = register("สุภาพร", PersonnelType.PROVINCIAL_STAFF, hrDivision, "นักทรัพยากรบุคคล", "ชำนาญการ");
        somchai = register("สมชาย", PersonnelType.MUNICIPAL_STAFF, maehia, "นักจัดการงานทั่วไป", "ปฏิบัติการ");
        orientation = train(
                supaporn,
                TrainingKind.ORIENTATION,
                "ปฐมนิเทศพนักงานส่วนจังหวัดบรรจุใหม่ ประจำปี 2568",
                "องค์การบริหารส่วนจังหวัดสงขลา",
                "นายไพเจน มากสุวรรณ์",
                LocalDate.of(2024, 10, 9));
        competencyCourse = train(
                supaporn,
                TrainingKind.TRAINING,
                "การอบรมเพื่อเสริมสมรรถนะในการขับเคลื่อนงาน",
                "สถาบันดำรงราชานุภาพ",
                "นายกฤษฎา บุญราช",
                LocalDate.of(2025, 5, 3));
        studyVisit = train(
                somchai,
                TrainingKind.STUDY_VISIT,
                "การขับเคลื่อนนวัตกรรมสำนักงานอัจฉริยะ",
                "เทศบาลเมืองแม่เหียะ",
                "นายชัยวัฒน์ ทองดี",
                LocalDate.of(2024, 8, 21));
        ethicsCourse = train(
                somchai,
                TrainingKind.TRAINING,
                "หลักสูตรคุณธรรม จริยธรรม สำหรับพนักงานเทศบาล",
                "สถาบันพัฒนาบุคลากรท้องถิ่น",
                "นางสาววิไลวรรณ ใจดี",
                LocalDate.of(2025, 2, 11));
        evaluation = EvaluationId.random();
        commands.sendAndWait(new RecordEvaluation(
                supaporn,
                evaluation,
                new FiscalYear(2568),
                1,
                new BigDecimal("92"),
                70,
                new BigDecimal("88"),
                30,
                "นายไพเจน มากสุวรรณ์",
                LocalDate.of(2025, 3, 31),
                "มุ่งผลประโยชน์ของประชาชนเป็นหลัก"));

        eventually(
                everything(""),
                r -> r.total() == PEOPLE + RECORDS && r.count(SearchFacet.EVALUATION_LEVEL, "OUTSTANDING") == 2);
    }

    @Test
    void thai_words_find_what_a_thai_reader_expects() {
        assertThat(ids("พนักงาน")).contains(orientation.value(), ethicsCourse.value());
        assertThat(ids("ฝึกอบรม"))
                .contains(competencyCourse.value(), ethicsCourse.value())
                .doesNotContain(orientation.value(), studyVisit.value());
        assertThat(ids("ปฐมนิเทศ")).contains(orientation.value()).doesNotContain(competencyCourse.value());
        assertThat(ids("ประเมินผล")).contains(evaluation.value()).doesNotContain(orientation.value());
        assertThat(ids("สมรรถนะ")).contains(competencyCourse.value()).doesNotContain(ethicsCourse.value());
        assertThat(ids("คุณธรรม จริยธรรม")).containsExactly(ethicsCourse.value());
        assertThat(ids("นายกฤษฎา บุญราช")).as("a trainer's name").containsExactly(competencyCourse.value());
        assertThat(search(everything("การอบรมเพื่อเสริมสมรรถนะในการขับเคลื่อนงาน"))
                        .hits()
                        .get(0)
                        .id())
                .as("a course title")
                .isEqualTo(competencyCourse.value());
    }

    @Test
    void a_compound_is_matched_as_written_not_by_its_parts() {
        assertThat(ids("ศึกษาดูงาน"))
                .as("งาน alone is in the course of สถาบันดำรงราชานุภาพ too")
                .containsExactly(studyVisit.value());
    }

    @Test
    void thai_and_arabic_digits_find_the_same_records() {
        assertThat(ids("๒๕๖๘")).contains(orientation.value()).isEqualTo(ids("2568"));
    }

    @Test
    void people_are_found_by_their_name_and_position_with_their_profile() {
        var hit = search(everything("นักทรัพยากรบุคคล")).hits().stream()
                .filter(h -> h.type() == SearchHitType.PERSON)
                .findFirst()
                .orElseThrow();

        assertThat(hit.employeeId()).isEqualTo(supaporn);
        assertThat(hit.employeeName()).startsWith("นางสาวสุภาพร ");
        assertThat(hit.snippet()).contains("<mark>");
    }

    @Test
    void highlighted_snippets_mark_the_word_searched_for() {
        var hit = search(everything("สมรรถนะ")).hits().get(0);

        assertThat(hit.type()).isEqualTo(SearchHitType.RECORD);
        assertThat(hit.snippet()).contains("<mark>สมรรถนะ</mark>");
        assertThat(hit.employeeId()).isEqualTo(supaporn);
        assertThat(hit.kind()).isEqualTo("TRAINING");
    }

    @Test
    void facets_count_every_hit_by_kind_year_personnel_type_and_level() {
        var result = search(everything(""));

        assertThat(result.facets().get(SearchFacet.KIND))
                .containsOnly(entry("REGISTRATION", 2), entry("TRAINING", 4), entry("EVALUATION", 1));
        assertThat(result.facets().get(SearchFacet.FISCAL_YEAR))
                .containsOnly(entry("2564", 2), entry("2567", 1), entry("2568", 4));
        assertThat(result.facets().get(SearchFacet.PERSONNEL_TYPE))
                .containsOnly(entry("PROVINCIAL_STAFF", 5), entry("MUNICIPAL_STAFF", 4));
        assertThat(result.facets().get(SearchFacet.POSITION_LEVEL))
                .containsOnly(entry("ชำนาญการ", 5), entry("ปฏิบัติการ", 4));
        assertThat(result.facets().get(SearchFacet.EVALUATION_LEVEL)).containsOnly(entry("OUTSTANDING", 2));
    }

    @Test
    void a_unit_filter_takes_in_its_sub_units_people_and_leaves_out_a_sibling_units() {
        var result = search(query("", SearchFilters.none().inUnit(songkhla), SearchOrder.RELEVANCE, 0, 20));

        assertThat(result.total()).isEqualTo(5);
        assertThat(result.hits()).extracting(SearchHit::employeeId).containsOnly(supaporn);
    }

    @Test
    void filters_narrow_by_kind_fiscal_year_level_and_date() {
        var trainings2568 =
                new SearchFilters(ministry, Set.of("TRAINING"), new FiscalYear(2568), null, null, null, null, null);
        assertThat(search(query("", trainings2568, SearchOrder.RELEVANCE, 0, 20))
                        .total())
                .isEqualTo(3);

        var municipal = new SearchFilters(
                ministry, Set.of(), null, PersonnelType.MUNICIPAL_STAFF, "ปฏิบัติการ", null, null, null);
        assertThat(search(query("", municipal, SearchOrder.RELEVANCE, 0, 20)).total())
                .isEqualTo(4);

        var outstanding =
                new SearchFilters(ministry, Set.of(), null, null, null, EvaluationLevel.OUTSTANDING, null, null);
        assertThat(search(query("", outstanding, SearchOrder.RELEVANCE, 0, 20)).hits())
                .extracting(SearchHit::type)
                .containsExactlyInAnyOrder(SearchHitType.PERSON, SearchHitType.RECORD);

        var trainingsIn2025 = new SearchFilters(
                ministry,
                Set.of("TRAINING"),
                null,
                null,
                null,
                null,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31));
        assertThat(ids(query("", trainingsIn2025, SearchOrder.RELEVANCE, 0, 20)))
                .containsExactlyInAnyOrder(competencyCourse.value(), ethicsCourse.value());
    }

    @Test
    void date_order_puts_the_latest_business_date_first_and_pages_follow_on() {
        var newest = search(query("", SearchFilters.none().inUnit(ministry), SearchOrder.DATE, 0, 4));
        var last = search(query("", SearchFilters.none().inUnit(ministry), SearchOrder.DATE, 2, 4));

        assertThat(newest.hits()).extracting(SearchHit::id).startsWith(competencyCourse.value(), evaluation.value());
        assertThat(last.hits()).hasSize(1);
    }

    @Test
    void over_http_the_callers_scope_hides_what_lies_outside_it() {
        String url = "/api/search?q=ฝึกอบรม&unit=" + ministry + "&order=DATE";

        var all = get(url, null);
        var maehiaOnly = get(url, maehia.value());
        var elsewhere = get(url, unit("กระทรวงการคลัง", UnitKind.MINISTRY, null).value());

        assertThat((Integer) JsonPath.read(all, "$.total")).isEqualTo(2);
        assertThat((List<String>) JsonPath.read(maehiaOnly, "$.hits[*].id")).containsExactly(ethicsCourse.value());
        assertThat((String) JsonPath.read(maehiaOnly, "$.hits[0].employeeName")).startsWith("นายสมชาย ");
        assertThat((Integer) JsonPath.read(elsewhere, "$.total")).isZero();
    }

    private String get(String url, String scope) {
        var response = new ApiClient(http, jdbc, accounts).get(url, scope);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static java.util.Map.Entry<String, Long> entry(String value, long count) {
        return java.util.Map.entry(value, count);
    }

    private List<String> ids(String text) {
        return ids(everything(text));
    }

    private List<String> ids(SearchEverything query) {
        return search(query).hits().stream().map(SearchHit::id).toList();
    }

    private SearchEverything everything(String text) {
        return query(text, SearchFilters.none().inUnit(ministry), SearchOrder.RELEVANCE, 0, 50);
    }

    private static SearchEverything query(String text, SearchFilters filters, SearchOrder order, int page, int size) {
        return new SearchEverything(text, filters, page, size, order, Scope.everything());
    }

    private SearchResult search(SearchEverything query) {
        return queries.query(query, SearchResult.class).join();
    }

    private void eventually(SearchEverything query, Predicate<SearchResult> caughtUp) throws InterruptedException {
        long deadline = System.nanoTime() + CAUGHT_UP_WITHIN.toNanos();
        while (!caughtUp.test(search(query))) {
            assertThat(System.nanoTime())
                    .as("read side caught up in time: " + search(query))
                    .isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private OrganisationUnitId unit(String name, UnitKind kind, OrganisationUnitId parent) {
        var id = OrganisationUnitId.random();
        commands.sendAndWait(new CreateOrganisationUnit(id, name, kind, parent));
        return id;
    }

    private EmployeeId register(
            String firstName, PersonnelType type, OrganisationUnitId unit, String position, String level) {
        var id = EmployeeId.random();
        commands.sendAndWait(new RegisterEmployee(
                id,
                TestEmployees.newNationalId(),
                firstName.equals("สมชาย") ? "นาย" : "นางสาว",
                firstName,
                TestEmployees.newSurname(),
                type,
                unit,
                position,
                level,
                LocalDate.of(2020, 10, 1)));
        return id;
    }

    private TrainingId train(
            EmployeeId employee, TrainingKind kind, String course, String provider, String trainer, LocalDate end) {
        var id = TrainingId.random();
        commands.sendAndWait(new RecordTraining(
                employee,
                id,
                new Training(
                        kind,
                        course,
                        provider,
                        List.of(trainer),
                        end.minusDays(2),
                        end,
                        new BigDecimal("18"),
                        DevelopmentArea.PERSONAL_QUALITIES,
                        TrainingOutcome.ATTENDED,
                        null,
                        null,
                        null)));
        return id;
    }
}
