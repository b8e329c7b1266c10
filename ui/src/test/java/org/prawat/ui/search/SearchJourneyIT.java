package org.prawat.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prawat.api.history.Scope;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.search.SearchResult;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.BrowserSignIn;
import org.prawat.ui.Chromium;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.Screenshots;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HR searches a Thai word from a training's title, sees it highlighted and opens the case file. */
@PrawatIntegrationTest
class SearchJourneyIT {

    private static final String WORD = "บริการประชาชนด้วยใจ";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    AccountService accounts;

    @Autowired
    QueryGateway queries;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void hr_searches_a_thai_word_sees_the_highlighted_hit_and_opens_the_case_file() throws InterruptedException {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        String surname = TestEmployees.newSurname();
        // Other tests' records hold the same words: the course names this run's trainee, and the search
        // asks for both, so the hit is on the first page however much else the index holds.
        String course = WORD + " รุ่นของ " + surname;
        String search = WORD + " " + surname;
        var registration = TestEmployees.registration(unit, surname, "นักทรัพยากรบุคคลปฏิบัติการ");
        commands.sendAndWait(registration);
        var trainingId = TrainingId.random();
        commands.sendAndWait(new RecordTraining(registration.employeeId(), trainingId, training(course)));
        awaitSearchable(search, trainingId.value());
        String fullName = "นางสาวสุภาพร " + surname;

        BrowserSignIn.asHrOfficer(browser, port, accounts);
        browser.get("http://localhost:" + port + "/search");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> b.findElement(By.cssSelector("#search-text input"))).sendKeys(search);
        // Before the word is typed, the page lists everything (no marks): wait for the marked hit.
        String theHit = ".search-hit[data-hit-id='" + trainingId + "']";
        wait.until(b -> !b.findElements(By.cssSelector(theHit + " mark")).isEmpty());
        WebElement hit = browser.findElement(By.cssSelector(theHit));
        assertThat(hit.getText()).contains(fullName).contains("การพัฒนา");
        assertThat(hit.findElements(By.cssSelector(".hit-snippet mark, .hit-title")))
                .isNotEmpty();
        assertThat(hit.findElements(By.cssSelector("mark")))
                .extracting(WebElement::getText)
                .anyMatch(marked -> marked.contains("บริการ"));
        Screenshots.save(browser, "search-results");

        hit.click();

        var entry = wait.until(b -> b
                .findElements(
                        By.cssSelector("#timeline .timeline-entry[data-entry-id='" + trainingId + "'] .entry-title"))
                .stream()
                .findFirst()
                .orElse(null));
        assertThat(entry.getText()).contains(course);
        assertThat(browser.findElement(By.id("case-file-name")).getText()).isEqualTo(fullName);
        assertThat(browser.findElement(By.id("case-file-national-id")).getText())
                .startsWith("x-xxxx-xxxxx-x");
        Screenshots.save(browser, "case-file");
    }

    private static Training training(String course) {
        LocalDate start = LocalDate.of(2025, 3, 10);
        return new Training(
                TrainingKind.TRAINING,
                course,
                "องค์การบริหารส่วนจังหวัดสงขลา",
                List.of("นายสมชาย ใจดี"),
                start,
                start.plusDays(2),
                new BigDecimal("18"),
                DevelopmentArea.JOB_SPECIFIC,
                TrainingOutcome.PASSED,
                null,
                null,
                null);
    }

    /** The projections are asynchronous: waits until the search index holds the training. */
    private void awaitSearchable(String text, String trainingId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var result = queries.query(
                            new SearchEverything(text, null, 0, 100, null, Scope.everything()),
                            ResponseTypes.instanceOf(SearchResult.class))
                    .join();
            if (result.hits().stream().anyMatch(h -> h.id().equals(trainingId))) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("The training never became searchable");
    }
}
