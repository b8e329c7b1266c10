package org.prawat.ui.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the first administrator's account on a start that finds none, from {@code PRAWAT_ADMIN_USER}
 * and {@code PRAWAT_ADMIN_PASSWORD}. There is no default password: without both, the log says how to
 * give them and nobody can sign in as administrator.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String name;
    private final String password;

    FirstAdministrator(
            AccountService accounts,
            @Value("${prawat.admin.user:}") String name,
            @Value("${prawat.admin.password:}") String password) {
        this.accounts = accounts;
        this.name = name.strip();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anAdministratorExists()) {
            return;
        }
        if (name.isEmpty() || password.isBlank()) {
            log.warn(
                    "ยังไม่มีผู้ดูแลระบบ: ตั้งค่า PRAWAT_ADMIN_USER และ PRAWAT_ADMIN_PASSWORD แล้วเริ่มระบบใหม่"
                            + " / No administrator yet: set PRAWAT_ADMIN_USER and PRAWAT_ADMIN_PASSWORD"
                            + " (at least {} characters) and start again",
                    AccountService.MINIMUM_PASSWORD_LENGTH);
            return;
        }
        if (accounts.exists(name)) {
            log.warn(
                    "บัญชี {} มีอยู่แล้วแต่ไม่ใช่ผู้ดูแลระบบ เลือกชื่ออื่นใน PRAWAT_ADMIN_USER"
                            + " / Account {} exists and is no administrator: choose another PRAWAT_ADMIN_USER",
                    name,
                    name);
            return;
        }
        accounts.open(NewAccount.administrator(name), password);
        log.info("สร้างบัญชีผู้ดูแลระบบ {} แล้ว / Opened the first administrator's account {}", name, name);
    }
}
