package org.prawat.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CourseSessions;
import org.prawat.api.course.CreateCourse;
import org.prawat.api.course.FindCourseSessions;
import org.prawat.api.course.ScheduleCourseSession;
import org.prawat.api.employee.FindEmployeesByIdentifiers;
import org.prawat.api.employee.IdentifiedEmployees;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TeamTimelinePage;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingKind;
import org.prawat.ui.BrowserSignIn;
import org.prawat.ui.Chromium;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.Screenshots;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HR pastes a session's attendees (a national ID, employee ids and a line naming nobody), sees who
 * was recognised, submits once, and every recognised attendee's case file gets the training.
 */
@PrawatIntegrationTest
class BulkAttendanceJourneyIT {

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
    void pasted_attendees_are_recognised_and_recorded_with_one_submit() throws Exception {
        String serial = Integer.toString(1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
        var unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var byNationalId = register(unit);
        var first = register(unit);
        var second = register(unit);
        String title = "หลักสูตรการบริการประชาชนด้วยใจ " + serial;
        var course = CourseId.random();
        commands.sendAndWait(new CreateCourse(
                course,
                title,
                "องค์การบริหารส่วนจังหวัดสงขลา",
                TrainingKind.TRAINING,
                DevelopmentArea.PERSONAL_QUALITIES,
                null));
        commands.sendAndWait(new ScheduleCourseSession(
                course,
                CourseSessionId.random(),
                1,
                LocalDate.of(2026, 8, 5),
                LocalDate.of(2026, 8, 7),
                new BigDecimal("18"),
                List.of("รองศาสตราจารย์ ดร.วิทยาธร ท่อแก้ว"),
                "โรงแรมบีพี สมิหลา บีช จังหวัดสงขลา"));
        String nationalId = byNationalId.nationalId();
        String dashed = nationalId.charAt(0) + "-" + nationalId.substring(1, 5) + "-" + nationalId.substring(5, 10)
                + "-" + nationalId.substring(10, 12) + "-" + nationalId.charAt(12);
        var lines =
                List.of(dashed, first.employeeId().value(), second.employeeId().value(), "ไม่มีผู้นี้");
        eventually(() -> queries.query(new FindCourseSessions(serial), ResponseTypes.instanceOf(CourseSessions.class))
                        .join()
                        .sessions()
                        .isEmpty()
                ? null
                : true);
        eventually(() -> queries.query(
                                        new FindEmployeesByIdentifiers(lines, Scope.everything()),
                                        ResponseTypes.instanceOf(IdentifiedEmployees.class))
                                .join()
                                .found()
                                .size()
                        == 3
                ? true
                : null);

        BrowserSignIn.asHrOfficer(browser, port, accounts);
        browser.get("http://localhost:" + port + "/attendance");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        var session = wait.until(b -> b.findElement(By.cssSelector("#attendance-session input")));
        session.sendKeys(serial);
        // The typed words are not the start of the label, so no item is pre-selected for Enter: click it.
        wait.until(b -> b.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .filter(item -> item.getText().contains(title))
                        .findFirst()
                        .orElse(null))
                .click();
        browser.findElement(By.cssSelector("#attendance-paste textarea")).sendKeys(String.join("\n", lines));
        click("attendance-recognise");

        wait.until(b -> b.findElement(By.id("attendance-count")).getText().equals("ผู้เข้าอบรม 3 คน"));
        assertThat(browser.findElements(By.cssSelector(".unrecognised-line")))
                .extracting(e -> e.getText())
                .containsExactly("ไม่มีผู้นี้");
        click("attendance-submit");
        String status;
        try {
            status = new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> {
                String shown = b.findElement(By.id("attendance-status")).getText();
                return shown.isBlank() || shown.startsWith("กำลังบันทึก") ? null : shown;
            });
        } catch (RuntimeException e) {
            Screenshots.save(browser, "bulk-attendance-failed");
            throw e;
        }
        assertThat(status)
                .as(() -> "refusal: "
                        + browser.findElement(By.id("attendance-refusal")).getText())
                .isEqualTo("บันทึกการเข้าอบรมแล้ว 3 คน");
        Screenshots.save(browser, "bulk-attendance");

        var trainings = eventually(() -> {
            var page = queries.query(
                            new FindTeamTimeline(
                                    unit,
                                    null,
                                    null,
                                    Set.of(TimelineEntryKind.TRAINING),
                                    null,
                                    0,
                                    10,
                                    Scope.everything()),
                            ResponseTypes.instanceOf(TeamTimelinePage.class))
                    .join();
            return page.total() == 3 ? page : null;
        });
        assertThat(trainings.entries()).allSatisfy(e -> assertThat(e.title()).endsWith(title));
    }

    /** Clicks a button that may lie below the fold of the 900-pixel window. */
    private void click(String id) {
        var button = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private RegisterEmployee register(org.prawat.api.organisation.OrganisationUnitId unit) {
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        commands.sendAndWait(registration);
        return registration;
    }

    private static <T> T eventually(Supplier<T> read) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                T found = read.get();
                if (found != null) {
                    return found;
                }
            } catch (RuntimeException notYetIndexed) {
                // projections are asynchronous: keep polling until the deadline
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The read side did not show the data within 30 s");
    }
}
