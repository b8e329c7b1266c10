package org.prawat.ui.demo;

import java.util.List;
import org.prawat.api.security.Role;
import org.prawat.ui.account.AccountRefused;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.account.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo account per role, so the demo can be tried as each user: {@code hr.officer} (HR officer of the
 * whole ministry), {@code manager} (head of กองการเจ้าหน้าที่, with its two sections), {@code auditor}
 * and {@code employee} (the first demo employee, who works in that division). Opened only when a
 * password is given (PRAWAT_DEMO_PASSWORD): no password is ever written in the code.
 */
@Component
@Order(DemoData.ORDER + 1)
@ConditionalOnProperty(name = "prawat.demo-data.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final String password;

    DemoAccounts(AccountService accounts, @Value("${prawat.demo.password:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    static List<NewAccount> all() {
        var division = DemoUnits.idOf("กองการเจ้าหน้าที่");
        return List.of(
                new NewAccount("hr.officer", Role.HR_OFFICER, null, null),
                new NewAccount("manager", Role.MANAGER, division, null),
                new NewAccount("auditor", Role.AUDITOR, null, null),
                new NewAccount(
                        "employee",
                        Role.EMPLOYEE,
                        null,
                        DemoEmployees.all().get(0).employeeId()));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank()) {
            log.info(
                    "ไม่ได้เปิดบัญชีสาธิต: กำหนด PRAWAT_DEMO_PASSWORD เพื่อเปิดบัญชี hr.officer, manager, auditor, employee"
                            + " / No demo accounts: set PRAWAT_DEMO_PASSWORD to open hr.officer, manager, auditor and employee");
            return;
        }
        for (var account : all()) {
            if (accounts.exists(account.name())) {
                continue;
            }
            try {
                accounts.open(account, password);
                log.info("Demo account opened: {} ({})", account.name(), account.role());
            } catch (AccountRefused refused) {
                // A demo convenience never stops the application, e.g. a too short PRAWAT_DEMO_PASSWORD.
                log.warn(
                        "ไม่ได้เปิดบัญชีสาธิต {} / Demo account {} not opened: {}",
                        account.name(),
                        account.name(),
                        refused.getMessage());
            }
        }
    }
}
