package org.prawat.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void fiscal_year_2568_runs_from_1_october_2024_to_30_september_2025() {
        var fy2568 = new FiscalYear(2568);

        assertThat(fy2568.startsOn()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(fy2568.endsOn()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void the_fiscal_year_changes_between_30_september_and_1_october() {
        assertThat(FiscalYear.containing(LocalDate.of(2024, 9, 30))).isEqualTo(new FiscalYear(2567));
        assertThat(FiscalYear.containing(LocalDate.of(2024, 10, 1))).isEqualTo(new FiscalYear(2568));
    }

    @Test
    void the_calendar_new_year_stays_in_the_same_fiscal_year() {
        assertThat(FiscalYear.containing(LocalDate.of(2024, 12, 31))).isEqualTo(new FiscalYear(2568));
        assertThat(FiscalYear.containing(LocalDate.of(2025, 1, 1))).isEqualTo(new FiscalYear(2568));
    }
}
