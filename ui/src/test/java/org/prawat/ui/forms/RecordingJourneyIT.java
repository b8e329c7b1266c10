package org.prawat.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.TestEmployees.createUnit;
import static org.prawat.ui.TestEmployees.newSurname;
import static org.prawat.ui.TestEmployees.registration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.Scope;
import org.prawat.ui.BrowserSignIn;
import org.prawat.ui.Chromium;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.Screenshots;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.common.ThaiDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An HR officer opens a case file in a real (headless) Chromium, records a training and sees it on
 * the timeline, then records an evaluation and sees the level it was given.
 */
@PrawatIntegrationTest
class RecordingJourneyIT {

    private static final String COURSE = "การจัดซื้อจัดจ้างภาครัฐด้วยระบบ e-GP";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    AccountService accounts;

    @Autowired
    QueryGateway queries;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Screenshots.save(browser, "recording-journey-last");
            browser.quit();
        }
    }

    @Test
    void hr_records_a_training_and_an_evaluation_and_sees_both_on_the_timeline() {
        var employeeId = aRegisteredEmployee();
        BrowserSignIn.asHrOfficer(browser, port, accounts);
        browser.get("http://localhost:" + port + "/employees/" + employeeId);

        click("record-training");
        choose("training-kind", "ฝึกอบรม");
        choose("training-area", "ความรู้และทักษะเฉพาะของงาน");
        type("training-course-title", COURSE);
        type("training-provider", "กรมบัญชีกลาง");
        type("training-start-date", "04/08/2568");
        type("training-end-date", "06/08/2568");
        type("training-hours", "18");
        choose("training-outcome", "ผ่านการอบรม");
        click("training-form-submit");

        var training = wait.until(b -> entry(b, "TRAINING"));
        wait.until(
                b -> training.findElement(By.className("entry-title")).getText().contains(COURSE));
        Screenshots.save(browser, "training-recorded");

        click("record-evaluation");
        type("evaluation-achievement-score", "92");
        type("evaluation-competency-score", "85");
        wait.until(b -> b.findElement(By.id("evaluation-level")).getText().contains("ดีมาก"));
        type("evaluation-evaluator", "นายสมชาย รักงาน");
        type("evaluation-date", ThaiDates.typed(LocalDate.now(ThaiDates.BANGKOK)));
        click("evaluation-form-submit");

        var evaluation = wait.until(b -> entry(b, "EVALUATION"));
        wait.until(b ->
                evaluation.findElement(By.className("entry-level")).getText().equals("ดีมาก"));
        Screenshots.save(browser, "evaluation-recorded");
        assertThat(browser.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")))
                .isEmpty();
    }

    private EmployeeId aRegisteredEmployee() {
        var unit = createUnit(commands, "องค์การบริหารส่วนตำบลหนองบัว");
        var registration = registration(unit, newSurname(), "นักวิชาการพัสดุปฏิบัติการ");
        commands.sendAndWait(registration);
        var deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            var found = queries.query(
                            new FindCaseHistory(registration.employeeId(), Scope.everything()),
                            ResponseTypes.optionalInstanceOf(CaseHistory.class))
                    .join();
            if (found.isPresent()) {
                return registration.employeeId();
            }
            sleep();
        }
        throw new AssertionError("The case file was not projected within 30 s");
    }

    private static WebElement entry(org.openqa.selenium.WebDriver b, String kind) {
        return b.findElements(By.cssSelector("#timeline .timeline-entry[data-kind='" + kind + "']")).stream()
                .findFirst()
                .orElse(null);
    }

    private void click(String id) {
        wait.until(b -> b.findElement(By.id(id))).click();
    }

    private void type(String id, String text) {
        var input = wait.until(b -> b.findElement(By.cssSelector("#" + id + " input")));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    private void choose(String id, String label) {
        click(id);
        wait.until(b -> b.findElements(By.tagName("vaadin-select-item")).stream()
                        .filter(item ->
                                item.isDisplayed() && item.getText().strip().equals(label))
                        .findFirst()
                        .orElse(null))
                .click();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
