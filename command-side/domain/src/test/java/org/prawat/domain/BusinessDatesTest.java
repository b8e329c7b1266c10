package org.prawat.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.DateInFuture;

class BusinessDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void a_buddhist_era_year_in_a_common_era_field_is_caught_and_the_meant_year_suggested() {
        assertThatThrownBy(() ->
                        BusinessDates.requirePlausible(LocalDate.of(2567, 3, 1), "วันที่เริ่ม", "Start date", TODAY))
                .isInstanceOf(BuddhistEraYearGiven.class)
                .hasMessageContaining("2567")
                .hasMessageContaining("2024");
    }

    @Test
    void a_date_after_today_is_refused() {
        assertThatThrownBy(() -> BusinessDates.requirePlausible(TODAY.plusDays(1), "วันที่เริ่ม", "Start date", TODAY))
                .isInstanceOf(DateInFuture.class)
                .hasMessageContaining("อนาคต")
                .hasMessageContaining("future");
    }

    @Test
    void today_and_past_dates_pass() {
        assertThatCode(() -> BusinessDates.requirePlausible(TODAY, "วันที่", "Date", TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> BusinessDates.requirePlausible(LocalDate.of(1990, 10, 1), "วันที่", "Date", TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void a_date_that_may_lie_ahead_is_only_checked_for_a_buddhist_era_year() {
        assertThatCode(() -> BusinessDates.requireCommonEra(TODAY.plusMonths(5), "วันที่มีผล", "Effective date"))
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () -> BusinessDates.requireCommonEra(LocalDate.of(2570, 4, 1), "วันที่มีผล", "Effective date"))
                .isInstanceOf(BuddhistEraYearGiven.class);
    }
}
