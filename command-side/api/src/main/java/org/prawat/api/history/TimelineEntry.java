package org.prawat.api.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.organisation.OrganisationUnitId;

/**
 * One record of a case file as it reads now (or at the moment asked for). {@code entryId} is the
 * record's id (a training, evaluation, commendation, plan or request id; a training report is
 * {@code <trainingId>:report}; a career event is {@code <employeeId>:<eventId>}). The employee's
 * name, unit, personnel type and level are theirs in the same view, not when the record was made.
 * {@code businessDate} is when it happened, {@code recordedAt} when it was first recorded;
 * {@code fiscalYear} is the B.E. year the record names (evaluations, bonuses), else the one its
 * business date falls in. {@code details} are the record's fields for display, by name;
 * {@code evaluationLevel} is set on evaluations only.
 */
public record TimelineEntry(
        String entryId,
        EmployeeId employeeId,
        String employeeName,
        OrganisationUnitId unitId,
        PersonnelType personnelType,
        String positionLevel,
        TimelineEntryKind kind,
        LocalDate businessDate,
        Instant recordedAt,
        FiscalYear fiscalYear,
        String title,
        String text,
        Map<String, String> details,
        EntryStatus status,
        List<EntryCorrection> corrections,
        EvaluationLevel evaluationLevel) {}
