package org.prawat.api.evaluation;

import java.time.LocalDate;
import java.time.Month;

/**
 * One of the two evaluation rounds of a fiscal year: round 1 runs 1 October–31 March, round 2 runs
 * 1 April–30 September.
 */
public record EvaluationRound(FiscalYear fiscalYear, int number) {

    public static final int FIRST = 1;
    public static final int SECOND = 2;

    public EvaluationRound {
        if (number != FIRST && number != SECOND) {
            throw new IllegalArgumentException("An evaluation round is 1 or 2, not " + number);
        }
    }

    public static EvaluationRound containing(LocalDate date) {
        int month = date.getMonthValue();
        boolean octoberToMarch = month >= Month.OCTOBER.getValue() || month <= Month.MARCH.getValue();
        return new EvaluationRound(FiscalYear.containing(date), octoberToMarch ? FIRST : SECOND);
    }

    public LocalDate startsOn() {
        return number == FIRST
                ? fiscalYear.startsOn()
                : LocalDate.of(fiscalYear.endsOn().getYear(), Month.APRIL, 1);
    }

    public LocalDate endsOn() {
        return number == FIRST ? LocalDate.of(fiscalYear.endsOn().getYear(), Month.MARCH, 31) : fiscalYear.endsOn();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn()) && !date.isAfter(endsOn());
    }

    /** As officials write it: "รอบที่ 1/2568". */
    @Override
    public String toString() {
        return number + "/" + fiscalYear;
    }
}
