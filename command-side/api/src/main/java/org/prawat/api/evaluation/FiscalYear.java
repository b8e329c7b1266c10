package org.prawat.api.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.Month;

/**
 * A Thai government fiscal year, numbered in the Buddhist Era: 2568 runs from 1 October 2024 to 30
 * September 2025 (named after the Common-Era year it ends in, plus 543).
 */
public record FiscalYear(
        @JsonValue
                @Min(
                        value = FiscalYear.EARLIEST,
                        message =
                                "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568 / The fiscal year must be a Buddhist-Era year, e.g. 2568")
                @Max(
                        value = FiscalYear.LATEST,
                        message =
                                "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568 / The fiscal year must be a Buddhist-Era year, e.g. 2568")
                int value) {

    /** B.E. − C.E. */
    public static final int BUDDHIST_ERA_OFFSET = 543;

    /** Bounds of a plausible B.E. fiscal year; a Common-Era year such as 2025 falls below them. */
    public static final int EARLIEST = 2500;

    public static final int LATEST = 2700;

    @JsonCreator
    public FiscalYear {}

    public static FiscalYear containing(LocalDate date) {
        int endsInCommonEraYear =
                date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(endsInCommonEraYear + BUDDHIST_ERA_OFFSET);
    }

    /** 1 October of the Common-Era year before the one it ends in. */
    public LocalDate startsOn() {
        return LocalDate.of(endsInCommonEraYear() - 1, Month.OCTOBER, 1);
    }

    public LocalDate endsOn() {
        return LocalDate.of(endsInCommonEraYear(), Month.SEPTEMBER, 30);
    }

    private int endsInCommonEraYear() {
        return value - BUDDHIST_ERA_OFFSET;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
