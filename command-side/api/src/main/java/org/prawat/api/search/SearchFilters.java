package org.prawat.api.search;

import java.time.LocalDate;
import java.util.Set;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.organisation.OrganisationUnitId;

/**
 * What a search is narrowed to; null (or empty {@code kinds}) leaves that part open. {@code unit}
 * means the unit and every unit below it. {@code kinds} are record kinds (names of
 * {@link org.prawat.api.history.TimelineEntryKind}) or knowledge kinds; people have no kind, so a
 * kind, a fiscal year or a date range leaves them out. {@code from} and {@code to} bound the
 * business date, both inclusive.
 */
public record SearchFilters(
        OrganisationUnitId unit,
        Set<String> kinds,
        FiscalYear fiscalYear,
        PersonnelType personnelType,
        String positionLevel,
        EvaluationLevel evaluationLevel,
        LocalDate from,
        LocalDate to) {

    public SearchFilters {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static SearchFilters none() {
        return new SearchFilters(null, Set.of(), null, null, null, null, null, null);
    }

    public SearchFilters inUnit(OrganisationUnitId subtree) {
        return new SearchFilters(subtree, kinds, fiscalYear, personnelType, positionLevel, evaluationLevel, from, to);
    }
}
