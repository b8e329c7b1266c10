package org.prawat.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.prawat.ui.i18n.PrawatTranslations;

class ThaiDatesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 15);

    @Test
    void a_date_reads_in_the_buddhist_era_with_thai_month_names() {
        assertThat(ThaiDates.longDate(DAY, PrawatTranslations.THAI)).isEqualTo("15 มีนาคม 2568");
        assertThat(ThaiDates.shortDate(DAY, PrawatTranslations.THAI)).isEqualTo("15 มี.ค. 2568");
        assertThat(ThaiDates.month(DAY, PrawatTranslations.THAI)).isEqualTo("มีนาคม 2568");
    }

    @Test
    void in_english_the_year_stays_buddhist_era_and_says_so() {
        assertThat(ThaiDates.shortDate(DAY, PrawatTranslations.ENGLISH)).isEqualTo("15 Mar B.E. 2568");
    }

    @Test
    void a_record_time_is_shown_in_bangkok_time() {
        // 17:30 UTC on 31 December is already 1 January in Bangkok (UTC+7).
        assertThat(ThaiDates.dateTime(Instant.parse("2025-12-31T17:30:05Z"), PrawatTranslations.THAI))
                .isEqualTo("1 ม.ค. 2569 00:30:05");
    }

    @Test
    void a_typed_buddhist_era_date_is_read_with_thai_or_arabic_digits() {
        assertThat(BuddhistDateField.parse("15/03/2568")).contains(DAY);
        assertThat(BuddhistDateField.parse("๑๕/๓/๒๕๖๘")).contains(DAY);
        assertThat(BuddhistDateField.parse(ThaiDates.typed(DAY))).contains(DAY);
    }

    @Test
    void a_christian_era_year_or_an_impossible_date_is_not_read() {
        assertThat(BuddhistDateField.parse("15/03/2025")).isEmpty();
        assertThat(BuddhistDateField.parse("31/02/2568")).isEmpty();
        assertThat(BuddhistDateField.parse("เมื่อวาน")).isEmpty();
    }
}
