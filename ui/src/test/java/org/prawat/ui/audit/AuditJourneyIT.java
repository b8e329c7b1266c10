package org.prawat.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionDetails;
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
import org.prawat.ui.TestActors;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.account.NewAccount;
import org.prawat.ui.common.ThaiDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An auditor reads the stored events of a case file whose training was corrected, then the case
 * file as it stood just before the correction and just after it.
 */
@PrawatIntegrationTest
class AuditJourneyIT {

    private static final String ORIGINAL = "หลักสูตรนักบริหารงานท้องถิ่น";
    private static final String CORRECTED = "หลักสูตรนักบริหารงานท้องถิ่นระดับกลาง รุ่นที่ 12";
    private static final String REASON = "ชื่อหลักสูตรไม่ตรงกับวุฒิบัตร";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    AccountService accounts;

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
    void an_auditor_sees_the_correction_in_the_event_stream_and_the_case_file_before_and_after_it() throws Exception {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดนครราชสีมา");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        var employee = registration.employeeId();
        var training = TrainingId.random();
        commands.sendAndWait(registration);
        TestActors.asHrOfficer(
                "hr.somsri",
                () -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new RecordTraining(employee, training, course(ORIGINAL)))));
        Instant beforeCorrection = secondBetween();
        TestActors.asHrOfficer(
                "hr.somsri",
                () -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CorrectTraining(
                                employee,
                                training,
                                course(CORRECTED),
                                new CorrectionDetails(
                                        REASON, "วุฒิบัตรเลขที่ สถ 0216/2567", "ผู้อำนวยการกองการเจ้าหน้าที่"),
                                null))
                        .withMetaData(MetaData.with(MetaDataKeys.REASON, REASON))));
        Instant afterCorrection = secondBetween();

        BrowserSignIn.as(browser, port, accounts, new NewAccount("audit.prasert", Role.AUDITOR, null, null));
        browser.get("http://localhost:" + port + "/audit/" + employee.value());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // Showing another moment renders the case file anew: an entry read mid-render is gone, and
        // the next poll reads its successor (a CI run failed on exactly that).
        wait.ignoring(StaleElementReferenceException.class);
        try {
            wait.until(
                    b -> cellsOf("event-stream").containsAll(List.of("TrainingRecorded r1", "TrainingCorrected r1")));
            assertThat(cellsOf("event-stream")).contains("hr.somsri", REASON, "EmployeeRegistered r2");
            Screenshots.save(browser, "audit-event-stream");

            browser.findElement(By.id("audit-tab-as-at")).click();
            showAsAt(wait, beforeCorrection);
            wait.until(b -> titleOf(training).endsWith(ORIGINAL));
            Screenshots.save(browser, "audit-as-at-before");

            showAsAt(wait, afterCorrection);
            wait.until(b -> titleOf(training).endsWith(CORRECTED));
            assertThat(browser.findElement(By.cssSelector("[data-entry-id='" + training.value() + "'] .entry-previous"))
                            .getText())
                    .endsWith(ORIGINAL);
            Screenshots.save(browser, "audit-as-at-after");
        } catch (RuntimeException e) {
            Screenshots.save(browser, "audit-journey-failed");
            throw e;
        }
    }

    private void showAsAt(WebDriverWait wait, Instant moment) {
        var local = moment.atZone(ThaiDates.BANGKOK);
        var date = wait.until(b -> b.findElement(By.cssSelector("#as-at-date input")));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), ThaiDates.typed(local.toLocalDate()), Keys.TAB);
        var time = browser.findElement(By.cssSelector("#as-at-time input"));
        time.sendKeys(Keys.chord(Keys.CONTROL, "a"), local.toLocalTime().toString(), Keys.ENTER, Keys.TAB);
        browser.findElement(By.id("as-at-show")).click();
    }

    private String titleOf(TrainingId training) {
        var titles = browser.findElements(By.cssSelector("[data-entry-id='" + training.value() + "'] .entry-title"));
        return titles.isEmpty() ? "" : titles.get(0).getText();
    }

    @SuppressWarnings("unchecked")
    private List<String> cellsOf(String gridId) {
        return (List<String>) browser.executeScript("return Array.from(document.querySelectorAll('#" + gridId
                + " vaadin-grid-cell-content'))" + ".map(cell => cell.textContent.trim());");
    }

    /** A whole second that lies after everything sent so far and before anything sent next. */
    private static Instant secondBetween() throws InterruptedException {
        Thread.sleep(1_100);
        Instant moment = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Thread.sleep(1_100);
        return moment;
    }

    private static Training course(String title) {
        return new Training(
                TrainingKind.TRAINING,
                title,
                "สถาบันพัฒนาบุคลากรท้องถิ่น",
                List.of("นางวิไลวรรณ สุขประเสริฐ"),
                LocalDate.of(2024, 11, 4),
                LocalDate.of(2024, 11, 8),
                new BigDecimal("30"),
                DevelopmentArea.MANAGEMENT,
                TrainingOutcome.PASSED,
                null,
                null,
                null);
    }
}
