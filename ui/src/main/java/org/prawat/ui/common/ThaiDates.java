package org.prawat.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistDate;
import java.util.Locale;
import org.prawat.ui.i18n.PrawatTranslations;

/**
 * Dates as Thai users read them: Buddhist Era (พ.ศ. = ค.ศ. + 543) with Thai month names, e.g.
 * "22 พฤศจิกายน 2569" or "22 พ.ย. 2569"; in English "22 Nov B.E. 2569". Done on the server
 * because the browser's date formats have no B.E. offset.
 */
public final class ThaiDates {

    /** Record times are shown in Thailand's time zone, whatever the server's is. */
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private static final String[] THAI_MONTHS = {
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"
    };
    private static final String[] THAI_MONTHS_SHORT = {
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."
    };
    private static final String[] ENGLISH_MONTHS_SHORT = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private ThaiDates() {}

    public static int buddhistYear(LocalDate date) {
        return ThaiBuddhistDate.from(date).get(java.time.temporal.ChronoField.YEAR);
    }

    /** "22 พฤศจิกายน 2569" / "22 Nov B.E. 2569"; empty for no date. */
    public static String longDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        int month = date.getMonthValue() - 1;
        return PrawatTranslations.isThai(locale)
                ? date.getDayOfMonth() + " " + THAI_MONTHS[month] + " " + buddhistYear(date)
                : date.getDayOfMonth() + " " + ENGLISH_MONTHS_SHORT[month] + " B.E. " + buddhistYear(date);
    }

    /** "22 พ.ย. 2569" / "22 Nov B.E. 2569"; empty for no date. */
    public static String shortDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        int month = date.getMonthValue() - 1;
        return PrawatTranslations.isThai(locale)
                ? date.getDayOfMonth() + " " + THAI_MONTHS_SHORT[month] + " " + buddhistYear(date)
                : date.getDayOfMonth() + " " + ENGLISH_MONTHS_SHORT[month] + " B.E. " + buddhistYear(date);
    }

    /** "พฤศจิกายน 2569" / "Nov B.E. 2569": the heading of a month's group. */
    public static String month(LocalDate date, Locale locale) {
        int month = date.getMonthValue() - 1;
        return PrawatTranslations.isThai(locale)
                ? THAI_MONTHS[month] + " " + buddhistYear(date)
                : ENGLISH_MONTHS_SHORT[month] + " B.E. " + buddhistYear(date);
    }

    /** A moment in Bangkok time: "22 พ.ย. 2569 14:05:09" / "22 Nov B.E. 2569 14:05:09". */
    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(BANGKOK);
        return shortDate(local.toLocalDate(), locale) + " "
                + local.toLocalTime().withNano(0);
    }

    /** "15/03/2568": how a date is typed in forms (day/month/B.E. year). */
    public static String typed(LocalDate date) {
        return date == null
                ? ""
                : String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), buddhistYear(date));
    }
}
