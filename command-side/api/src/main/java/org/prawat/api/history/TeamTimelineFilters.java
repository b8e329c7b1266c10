package org.prawat.api.history;

import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;

/**
 * The filters a team timeline shares with search: the B.E. fiscal year of the record, the type of
 * personnel and position level of the employee, the level of an evaluation; null for any.
 */
public record TeamTimelineFilters(
        FiscalYear fiscalYear, PersonnelType personnelType, String positionLevel, EvaluationLevel evaluationLevel) {

    public static final TeamTimelineFilters NONE = new TeamTimelineFilters(null, null, null, null);
}
