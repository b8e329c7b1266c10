package org.prawat.ui.account;

import org.prawat.api.RuleViolation;

/** An account could not be opened or changed as asked; nothing was stored. */
public class AccountRefused extends RuleViolation {

    AccountRefused(String code, String thai, String english) {
        super(code, thai, english);
    }

    static AccountRefused nameTaken(String name) {
        return new AccountRefused(
                "account.name-taken",
                "มีบัญชีผู้ใช้ชื่อ " + name + " อยู่แล้ว",
                "An account named " + name + " exists already");
    }

    static AccountRefused badName() {
        return new AccountRefused(
                "account.name-format",
                "ชื่อบัญชีต้องยาว 3–64 ตัว ใช้ a–z 0–9 . _ @ - และขึ้นต้นด้วยตัวอักษรหรือตัวเลข",
                "An account name is 3–64 characters of a–z 0–9 . _ @ -, starting with a letter or digit");
    }

    static AccountRefused weakPassword(int minimum) {
        return new AccountRefused(
                "account.password-too-short",
                "รหัสผ่านต้องยาวอย่างน้อย " + minimum + " ตัวอักษร",
                "A password has at least " + minimum + " characters");
    }

    static AccountRefused system() {
        return new AccountRefused(
                "account.system-role",
                "บทบาทระบบใช้ได้เฉพาะตัวแอปพลิเคชันเอง ไม่ใช่บัญชีผู้ใช้",
                "The system role is the application's own; no account can have it");
    }

    static AccountRefused unitRequired() {
        return new AccountRefused(
                "account.unit-required",
                "ผู้บังคับบัญชาต้องมีหน่วยงานที่รับผิดชอบ",
                "A manager needs the unit they are responsible for");
    }

    static AccountRefused noUnitForAdministrator() {
        return new AccountRefused(
                "account.administrator-unit", "ผู้ดูแลระบบไม่ผูกกับหน่วยงาน", "An administrator belongs to no unit");
    }

    static AccountRefused caseFileRequired() {
        return new AccountRefused(
                "account.employee-required",
                "เจ้าของประวัติต้องระบุแฟ้มประวัติของตนเอง",
                "A record owner needs their own case file");
    }

    static AccountRefused unknown(String name) {
        return new AccountRefused("account.unknown", "ไม่พบบัญชีผู้ใช้ " + name, "There is no account named " + name);
    }

    static AccountRefused unknownUnit() {
        return new AccountRefused("account.unknown-unit", "ไม่พบหน่วยงานที่ระบุ", "There is no such organisation unit");
    }
}
