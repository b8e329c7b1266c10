package org.prawat.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.TrainingId;
import org.prawat.ui.BrowserSignIn;
import org.prawat.ui.Chromium;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.Screenshots;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Recorded text that looks like markup is shown as the text it is: a course title made of an image
 * tag with an onerror handler and a script tag appears verbatim on the timeline, and neither runs.
 */
@PrawatIntegrationTest
class HostileTextJourneyIT {

    private static final String TITLE =
            "<img src=x onerror=\"window.prawatPwned=1\"><script>window.prawatPwned=2</script> หลักสูตร & <b>ตัวหนา</b>";

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
    void a_title_made_of_markup_is_shown_as_text_and_never_runs() {
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนตำบลทดสอบข้อความ");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักทรัพยากรบุคคล");
        commands.sendAndWait(registration);
        commands.sendAndWait(new RecordTraining(
                registration.employeeId(),
                TrainingId.random(),
                ThirtyFiveYearCareer.training(TITLE, LocalDate.of(2025, 3, 3))));

        BrowserSignIn.asHrOfficer(browser, port, accounts);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(b -> {
            b.get("http://localhost:" + port + "/employees/" + registration.employeeId());
            return new WebDriverWait(b, Duration.ofSeconds(5))
                    .until(page -> !page.findElements(By.cssSelector("#timeline .timeline-entry[data-kind='TRAINING']"))
                            .isEmpty());
        });
        var title = browser.findElement(By.cssSelector("#timeline .timeline-entry[data-kind='TRAINING'] .entry-title"));
        Screenshots.save(browser, "markup-shown-as-text");

        assertThat(title.getText()).contains(TITLE);
        assertThat(title.findElements(By.tagName("img"))).isEmpty();
        assertThat(title.findElements(By.tagName("script"))).isEmpty();
        assertThat(title.findElements(By.tagName("b"))).isEmpty();
        assertThat(browser.executeScript("return window.prawatPwned === undefined"))
                .isEqualTo(true);
    }
}
