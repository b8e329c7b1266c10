package org.prawat.ui.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.TestEmployees.createUnit;
import static org.prawat.ui.TestEmployees.eventuallyFound;
import static org.prawat.ui.TestEmployees.newSurname;
import static org.prawat.ui.TestEmployees.registration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prawat.ui.BrowserSignIn;
import org.prawat.ui.Chromium;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An HR officer opens Prawat in a real (headless) Chromium and finds a colleague by a Thai word. */
@PrawatIntegrationTest
class EmployeesViewBrowserIT {

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

    private long rowCount() {
        return (Long) browser.executeScript("return document.querySelector('vaadin-grid#employees').size");
    }

    @Test
    void searching_a_thai_word_shows_the_employee() throws Exception {
        var unit = createUnit(commands, "องค์การบริหารส่วนตำบลใหม่");
        String surname = newSurname();
        var registration = registration(unit, surname, "พนักงานส่วนตำบล ตำแหน่งนักพัฒนาชุมชนปฏิบัติการ");
        commands.sendAndWait(registration);
        assertThat(eventuallyFound(queries, surname, registration.employeeId(), Duration.ofSeconds(30)))
                .isTrue();

        BrowserSignIn.asHrOfficer(browser, port, accounts);
        browser.get("http://localhost:" + port + "/");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        var search = wait.until(b -> b.findElement(By.cssSelector("#employee-search input")));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("ทะเบียนพนักงาน");
        search.sendKeys("พนักงาน " + surname);

        // While typing, the search also runs on the first word alone and lists everyone with it;
        // the final state has exactly one row: this employee.
        String fullName = "นางสาวสุภาพร " + surname;
        wait.until(b -> rowCount() == 1
                && b.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                        .anyMatch(cell -> cell.getText().equals(fullName)));
        // Thai is drawn with the Sarabun font the application serves itself (no CDN).
        assertThat((Boolean)
                        browser.executeAsyncScript("const done = arguments[0]; document.fonts.load('16px Sarabun', 'ก')"
                                + ".then(() => done(document.fonts.check('16px Sarabun', 'ก')), () => done(false));"))
                .isTrue();
        assertThat(browser.executeScript(
                        "return getComputedStyle(document.querySelector('vaadin-grid#employees')).fontFamily"))
                .asString()
                .startsWith("Sarabun");
        Path screenshot = Path.of("target", "screenshots", "employee-search.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
    }
}
