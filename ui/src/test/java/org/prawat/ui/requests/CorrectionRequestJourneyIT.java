package org.prawat.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.TestEmployees.createUnit;
import static org.prawat.ui.TestEmployees.newSurname;
import static org.prawat.ui.TestEmployees.registration;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.Scope;
import org.prawat.api.security.Role;
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
import org.prawat.ui.account.AccountService;
import org.prawat.ui.account.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A record owner finds a wrong number of hours on their own case file and asks for a correction with
 * evidence; an HR officer sees the request in the queue, approves it by correcting the record, and
 * the case file shows the corrected hours with the original struck through.
 */
@PrawatIntegrationTest
class CorrectionRequestJourneyIT {

    private static final String COURSE = "การจัดทำแผนพัฒนาท้องถิ่นและการติดตามประเมินผล";

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
        Screenshots.save(browser, "correction-journey-last");
        browser.quit();
    }

    @Test
    void an_employee_asks_for_a_correction_and_hr_approves_it_by_correcting_the_record() throws Exception {
        var unit = createUnit(commands, "องค์การบริหารส่วนตำบลโนนสูง");
        String surname = newSurname();
        var registration = registration(unit, surname, "นักวิเคราะห์นโยบายและแผนปฏิบัติการ");
        commands.sendAndWait(registration);
        var trainingId = TrainingId.random();
        commands.sendAndWait(new RecordTraining(registration.employeeId(), trainingId, training()));
        awaitHistory(registration.employeeId(), history -> history.entries().stream()
                .anyMatch(e -> e.entryId().equals(trainingId.value())));

        // The owner, on their own case file.
        BrowserSignIn.as(
                browser,
                port,
                accounts,
                new NewAccount("owner-" + registration.employeeId(), Role.EMPLOYEE, null, registration.employeeId()));
        String entry = "#timeline .timeline-entry[data-entry-id='" + trainingId + "']";
        click(entry + " .entry-request-correction");
        type("#request-description textarea", "จำนวนชั่วโมงที่ถูกต้องคือ 24 ชั่วโมง ตามวุฒิบัตร");
        type("#request-evidence input", "วุฒิบัตรเลขที่ สถ. 0456/2568");
        click("#correction-request-form-submit");
        wait.until(b -> b.findElements(By.id("correction-request-form")).isEmpty());
        wait.until(b -> !b.findElements(By.cssSelector("#timeline .timeline-entry[data-kind='CORRECTION_REQUEST']"))
                .isEmpty());
        Screenshots.save(browser, "correction-requested");

        // HR, in a new session: the queue, approve, correct the hours.
        browser.manage().deleteAllCookies();
        BrowserSignIn.asHrOfficer(browser, port, accounts);
        browser.get("http://localhost:" + port + "/correction-requests");
        String row = "[data-record-id='" + trainingId + "']";
        wait.until(b -> !b.findElements(By.cssSelector(row)).isEmpty());
        assertThat(browser.findElement(By.id("correction-requests")).getText())
                .contains(surname)
                .contains("วุฒิบัตรเลขที่ สถ. 0456/2568");
        Screenshots.save(browser, "correction-queue");
        click(row + " .request-approve");
        var hours = wait.until(b -> b.findElement(By.cssSelector("#training-hours input")));
        assertThat(hours.getAttribute("value")).isEqualTo("12");
        type("#training-hours input", "24");
        type("#correction-reason textarea", "แก้ไขจำนวนชั่วโมงตามวุฒิบัตรที่เจ้าของประวัติแนบมา");
        type("#correction-evidence input", "วุฒิบัตรเลขที่ สถ. 0456/2568");
        click("#correction-form-submit");
        wait.until(b -> b.findElements(By.id("correction-form")).isEmpty());
        // The grid keeps the cells of rows it no longer shows, hidden, for reuse.
        wait.until(b -> b.findElements(By.cssSelector(row)).stream().noneMatch(WebElement::isDisplayed));

        // The case file now says 24 hours, with the original 12 struck through beside it.
        var history = awaitHistory(registration.employeeId(), h -> h.entries().stream()
                .anyMatch(e -> e.entryId().equals(trainingId.value()) && e.status() == EntryStatus.CORRECTED));
        var corrected = history.entries().stream()
                .filter(e -> e.entryId().equals(trainingId.value()))
                .findFirst()
                .orElseThrow();
        assertThat(corrected.corrections()).hasSize(1);
        assertThat(corrected.corrections().get(0).requestId()).isNotNull();
        browser.get("http://localhost:" + port + "/employees/" + registration.employeeId());
        WebElement previous = wait.until(b -> b.findElement(By.cssSelector(entry + " .entry-previous")));
        assertThat(previous.getCssValue("text-decoration-line")).contains("line-through");
        assertThat(browser.findElement(By.cssSelector(entry)).getText()).contains("24");
        Screenshots.save(browser, "correction-approved");
    }

    /** Clicks as a script does: a grid's last column may lie beyond the window's edge. */
    private void click(String css) {
        var element = wait.until(b -> b.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private void type(String css, String text) {
        var input = wait.until(b -> b.findElement(By.cssSelector(css)));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    private CaseHistory awaitHistory(EmployeeId employee, java.util.function.Predicate<CaseHistory> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var history = queries.query(
                            new FindCaseHistory(employee, Scope.everything()),
                            ResponseTypes.optionalInstanceOf(CaseHistory.class))
                    .join();
            if (history.isPresent() && done.test(history.get())) {
                return history.get();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("The case file never showed what was expected");
    }

    private static Training training() {
        LocalDate start = LocalDate.of(2025, 6, 2);
        return new Training(
                TrainingKind.WORKSHOP,
                COURSE,
                "สถาบันพัฒนาบุคลากรท้องถิ่น",
                List.of("นายธีรวัฒน์ ปัญญาดี"),
                start,
                start.plusDays(1),
                new BigDecimal("12"),
                DevelopmentArea.MANAGEMENT,
                TrainingOutcome.PASSED,
                null,
                null,
                null);
    }
}
