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
        type(wait, "#vaadinLoginUsername input", account);
        WebElement secret = type(wait, "#vaadinLoginPassword input", password);
        secret.sendKeys(Keys.ENTER);
    }

    /** Types until the field holds the text: keys sent while the form is still starting up are lost. */
    private static WebElement type(WebDriverWait wait, String field, String text) {
        return wait.until(b -> {
            var input =
                    b.findElements(By.cssSelector(field)).stream().findFirst().orElse(null);
            if (input == null || !input.isDisplayed()) {
                return null;
            }
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getDomProperty("value")) ? input : null;
        });
    }

    public static void asHrOfficer(ChromeDriver browser, int port, AccountService accounts) {
        as(browser, port, accounts, new NewAccount(HR_OFFICER, Role.HR_OFFICER, null, null));
    }
}
