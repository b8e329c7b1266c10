package org.prawat.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SameContentTest {

    private record Score(BigDecimal value, String evaluator) {}

    private record Bonus(BigDecimal amount, Score justifiedBy, LocalDate orderedOn) {}

    private record Other(BigDecimal value, String evaluator) {}

    private static final LocalDate ORDERED = LocalDate.of(2025, 10, 15);

    @Test
    void scores_written_with_more_decimals_say_the_same() {
        assertThat(SameContent.of(score("85", "นายสมศักดิ์"), score("85.00", "นายสมศักดิ์")))
                .isTrue();
    }

    @Test
    void a_different_value_is_a_change() {
        assertThat(SameContent.of(score("85", "นายสมศักดิ์"), score("85.01", "นายสมศักดิ์")))
                .isFalse();
        assertThat(SameContent.of(score("85", "นายสมศักดิ์"), score("85", "นางสาววิไล")))
                .isFalse();
    }

    @Test
    void nested_records_are_compared_the_same_way() {
        var recorded = new Bonus(new BigDecimal("25400"), score("92", "นายสมศักดิ์"), ORDERED);
        assertThat(SameContent.of(
                        recorded, new Bonus(new BigDecimal("25400.00"), score("92.0", "นายสมศักดิ์"), ORDERED)))
                .isTrue();
        assertThat(SameContent.of(
                        recorded, new Bonus(new BigDecimal("25400"), score("92", "นายสมศักดิ์"), ORDERED.plusDays(1))))
                .isFalse();
    }

    @Test
    void records_of_different_types_never_say_the_same() {
        assertThat(SameContent.of(score("85", "นายสมศักดิ์"), new Other(new BigDecimal("85"), "นายสมศักดิ์")))
                .isFalse();
    }

    @Test
    void missing_values_compare_equal_only_to_missing_values() {
        assertThat(SameContent.of(score(null, "นายสมศักดิ์"), score(null, "นายสมศักดิ์")))
                .isTrue();
        assertThat(SameContent.of(score(null, "นายสมศักดิ์"), score("0", "นายสมศักดิ์")))
                .isFalse();
    }

    private static Score score(String value, String evaluator) {
        return new Score(value == null ? null : new BigDecimal(value), evaluator);
    }
}
