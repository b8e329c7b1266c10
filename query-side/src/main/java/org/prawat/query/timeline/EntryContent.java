package org.prawat.query.timeline;

import java.time.LocalDate;
import java.util.Map;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.TimelineEntryKind;

/**
 * What a record says, as a timeline shows it: the parts a correction replaces. {@code fiscalYear}
 * is the year the record names, or null to take the one its business date falls in.
 */
record EntryContent(
        TimelineEntryKind kind,
        LocalDate businessDate,
        String title,
        String text,
        Map<String, String> details,
        FiscalYear fiscalYear,
        EvaluationLevel evaluationLevel) {

    EntryContent(
            TimelineEntryKind kind, LocalDate businessDate, String title, String text, Map<String, String> details) {
        this(kind, businessDate, title, text, details, null, null);
    }

    /** The B.E. fiscal year of the record: 1 October 2024 falls in 2568. */
    int fiscalYearValue() {
        return (fiscalYear == null ? FiscalYear.containing(businessDate) : fiscalYear).value();
    }
}
