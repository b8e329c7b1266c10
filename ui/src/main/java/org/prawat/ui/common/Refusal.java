package org.prawat.ui.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.prawat.api.RuleViolation;
import org.prawat.ui.i18n.PrawatTranslations;

/**
 * Why the server refused a command, in the user's language: the rule's {@code code} (null when not
 * a business rule), one {@code message} to show, and a message per field ({@code fields}, by the
 * command's property path, e.g. {@code training.hours}) so forms can put it beside the field. Never
 * a stack trace; anything unexpected becomes a plain "nothing was recorded".
 */
public record Refusal(String code, String message, Map<String, String> fields) {

    public static Refusal of(Throwable failure, Locale locale) {
        Throwable cause = unwrap(failure);
        boolean thai = PrawatTranslations.isThai(locale);
        if (cause instanceof RuleViolation rule) {
            return new Refusal(rule.code(), thai ? rule.thai() : rule.english(), Map.of());
        }
        if (cause instanceof JSR303ViolationException invalid) {
            var fields = new LinkedHashMap<String, String>();
            invalid.getViolations()
                    .forEach(v -> fields.merge(
                            v.getPropertyPath().toString(), inLanguage(v.getMessage(), thai), (a, b) -> a));
            return new Refusal(
                    "invalid",
                    thai
                            ? "ข้อมูลไม่ครบถ้วนหรือไม่ถูกต้อง กรุณาแก้ไขช่องที่ระบุ"
                            : "Some fields are missing or invalid",
                    Map.copyOf(fields));
        }
        if (cause instanceof AggregateNotFoundException) {
            return new Refusal(
                    "not-found", thai ? "ไม่พบแฟ้มประวัติที่ระบุ" : "No case file is recorded under that id", Map.of());
        }
        return new Refusal(
                null,
                thai
                        ? "ระบบขัดข้อง ไม่ได้บันทึกสิ่งใด กรุณาลองใหม่หรือแจ้งผู้ดูแลระบบ"
                        : "Something went wrong and nothing was recorded; try again or tell the administrator",
                Map.of());
    }

    /** "ไทย / English" messages of the api's validation annotations, in one language. */
    static String inLanguage(String message, boolean thai) {
        int slash = message.indexOf(" / ");
        if (slash < 0) {
            return message;
        }
        return thai ? message.substring(0, slash) : message.substring(slash + 3);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException
                        || cause.getClass().getName().endsWith("CommandExecutionException"))
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
