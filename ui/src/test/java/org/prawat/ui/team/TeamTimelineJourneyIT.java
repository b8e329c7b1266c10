package org.prawat.ui.team;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TeamTimelinePage;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;
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
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.account.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A manager opens their team timeline and sees the records of a sub-unit's staff, not a sibling unit's. */
@PrawatIntegrationTest
class TeamTimelineJourneyIT {

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
    void a_manager_sees_the_training_of_someone_in_a_sub_unit_but_not_in_a_sibling_unit() throws Exception {
        String serial = TestEmployees.newSurname();
        String unitName = "เทศบาลนครขอนแก่น " + serial;
        var unit = TestEmployees.createUnit(commands, unitName);
        var subUnit = unit(unitName + " กองการศึกษา", UnitKind.DIVISION, unit);
        var parent = unitAbove(unit);
        var sibling = unit("เทศบาลเมืองบ้านไผ่ " + serial, UnitKind.ORGANISATION, parent);
        var inSubUnit = register(subUnit);
        var inSibling = register(sibling);
        var visible = train(inSubUnit, "การบริหารงานบุคคลส่วนท้องถิ่น");
        var hidden = train(inSibling, "การจัดทำงบประมาณท้องถิ่น");
        awaitTimeline(unit, visible);
        awaitTimeline(sibling, hidden);

        BrowserSignIn.as(browser, port, accounts, new NewAccount("manager-" + unit, Role.MANAGER, unit, null));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> b.getCurrentUrl().endsWith("/team"));
        var entry = wait.until(b -> b.findElement(By.cssSelector(".timeline-entry[data-entry-id='" + visible + "']")));

        assertThat(entry.findElement(By.className("entry-title")).getText())
                .isEqualTo("ปฐมนิเทศ: การบริหารงานบุคคลส่วนท้องถิ่น");
        assertThat(entry.findElement(By.className("entry-date")).getText()).isEqualTo("5 มี.ค. 2569");
        assertThat(browser.findElements(By.cssSelector(".month-heading")))
                .extracting(e -> e.getText())
                .contains("มีนาคม 2569");
        assertThat(browser.findElements(By.cssSelector("[data-entry-id='" + hidden + "']")))
                .isEmpty();
        assertThat(browser.findElement(By.id("team-total")).getText()).isEqualTo("ทั้งหมด 2 รายการ");
        Screenshots.save(browser, "team-timeline");
    }

    private OrganisationUnitId unit(String name, UnitKind kind, OrganisationUnitId parent) {
        var id = OrganisationUnitId.random();
        commands.sendAndWait(new CreateOrganisationUnit(id, name, kind, parent));
        return id;
    }

    /** {@link TestEmployees#createUnit} puts each unit under a ministry of its own; the sibling joins it. */
    private OrganisationUnitId unitAbove(OrganisationUnitId unit) throws InterruptedException {
        var tree = eventually(() -> queries
                .query(
                        new org.prawat.api.organisation.FindOrganisationUnits(Scope.everything()),
                        ResponseTypes.instanceOf(org.prawat.api.organisation.OrganisationUnitTree.class))
                .join()
                .units()
                .stream()
                .filter(node -> node.unitId().equals(unit))
                .findFirst()
                .orElse(null));
        return tree.parentId();
    }

    private EmployeeId register(OrganisationUnitId unit) {
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักวิชาการศึกษาปฏิบัติการ");
        commands.sendAndWait(registration);
        return registration.employeeId();
    }

    private TrainingId train(EmployeeId employee, String course) {
        var id = TrainingId.random();
        commands.sendAndWait(new RecordTraining(
                employee,
                id,
                new Training(
                        TrainingKind.ORIENTATION,
                        course,
                        "สถาบันพัฒนาบุคลากรท้องถิ่น",
                        List.of("ดร.วิทยาธร ท่อแก้ว"),
                        LocalDate.of(2026, 3, 3),
                        LocalDate.of(2026, 3, 5),
                        new BigDecimal("18"),
                        DevelopmentArea.GENERAL_KNOWLEDGE,
                        TrainingOutcome.PASSED,
                        null,
                        null,
                        null)));
        return id;
    }

    private void awaitTimeline(OrganisationUnitId unit, TrainingId training) throws InterruptedException {
        eventually(() -> queries
                .query(
                        new FindTeamTimeline(unit, null, null, null, null, 0, 50, Scope.everything()),
                        ResponseTypes.instanceOf(TeamTimelinePage.class))
                .join()
                .entries()
                .stream()
                .filter(e -> e.entryId().equals(training.toString()))
                .findFirst()
                .orElse(null));
    }

    private static <T> T eventually(java.util.function.Supplier<T> read) throws InterruptedException {
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
