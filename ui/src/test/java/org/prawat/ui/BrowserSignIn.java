package org.prawat.ui;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prawat.api.security.Role;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.account.NewAccount;

/**
 * Signs a journey's user in, as a person would: the account is opened through the real {@link
 * AccountService} (once; the test database outlives a run) and its name and password are typed into
 * the sign-in form.
 */
public final class BrowserSignIn {

    public static final String HR_OFFICER = "hr.officer";

    private BrowserSignIn() {}

    public static void as(ChromeDriver browser, int port, AccountService accounts, NewAccount account) {
        if (!accounts.exists(account.name())) {
            accounts.open(account, TestAccounts.PASSWORD);
        }
        try {
            signIn(browser, port, account.name(), TestAccounts.PASSWORD);
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(b -> !b.getCurrentUrl().contains("sign-in"));
        } catch (RuntimeException e) {
            Screenshots.save(browser, "sign-in-failed");
            throw e;
        }
    }

    /** Types {@code account} and {@code password} into the form and sends it; waits for nothing. */
    public static void signIn(ChromeDriver browser, int port, String account, String password) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/sign-in");
        WebElement name = wait.until(b -> b.findElement(By.cssSelector("#vaadinLoginUsername input")));
        name.sendKeys(account);
        WebElement secret = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
    }

    public static void asHrOfficer(ChromeDriver browser, int port, AccountService accounts) {
        as(browser, port, accounts, new NewAccount(HR_OFFICER, Role.HR_OFFICER, null, null));
    }
}
