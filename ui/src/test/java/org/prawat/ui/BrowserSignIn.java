package org.prawat.ui;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs a journey's user in on the sign-in page, as a person would, before the journey starts. */
public final class BrowserSignIn {

    private BrowserSignIn() {}

    /** Signs in as an HR officer, an auditor or (with {@code choice}) a manager or record owner. */
    public static void as(ChromeDriver browser, int port, String account, String roleLabel, String choice) {
        try {
            signIn(browser, port, account, roleLabel, choice);
        } catch (RuntimeException e) {
            Screenshots.save(browser, "sign-in-failed");
            throw e;
        }
    }

    private static void signIn(ChromeDriver browser, int port, String account, String roleLabel, String choice) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/sign-in");
        WebElement name = wait.until(b -> b.findElement(By.cssSelector("#account input")));
        name.sendKeys(account);
        wait.until(b -> b.findElements(By.tagName("vaadin-radio-button")).stream()
                        .filter(radio -> radio.getText().strip().equals(roleLabel))
                        .findFirst()
                        .orElse(null))
                .click();
        if (choice != null) {
            String box = roleLabel.equals("ผู้บังคับบัญชา") ? "#unit input" : "#self input";
            var input = wait.until(b -> b.findElement(By.cssSelector(box)));
            input.sendKeys(choice);
            wait.until(b -> b.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                            .filter(item -> item.getText().contains(choice))
                            .findFirst()
                            .orElse(null))
                    .click();
            wait.until(
                    b -> b.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        }
        browser.findElement(By.id("sign-in")).click();
        wait.until(b -> !b.getCurrentUrl().contains("sign-in"));
    }

    public static void asHrOfficer(ChromeDriver browser, int port) {
        as(browser, port, "hr.officer", "เจ้าหน้าที่บริหารงานบุคคล", null);
    }
}
