package org.prawat.query.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.EntryCorrection;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.pdpa.Erasure;

/**
 * One entry in the {@value TimelineStore#ENTRIES} index (see elasticsearch/indices/timeline.json):
 * a record's current content, the employee as they are now, and the record's corrections.
 * {@code lastGlobalIndex} is the position of the last event applied to it.
 */
record TimelineEntryDocument(
        String entryId,
        String employeeId,
        String employeeName,
        String unitId,
        List<String> unitPath,
        PersonnelType personnelType,
        String positionLevel,
        TimelineEntryKind kind,
        LocalDate businessDate,
        Instant recordedAt,
        int fiscalYear,
        String title,
        String text,
        Map<String, String> details,
        EntryStatus status,
        List<EntryCorrection> corrections,
        EvaluationLevel evaluationLevel,
        long lastGlobalIndex) {

    static TimelineEntryDocument open(
            String entryId, EntryContent content, TimelinePerson person, long position, Instant recordedAt) {
        return new TimelineEntryDocument(
                        entryId,
                        person.employeeId(),
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        content.kind(),
                        content.businessDate(),
                        recordedAt,
                        content.fiscalYearValue(),
                        content.title(),
                        content.text(),
                        content.details(),
                        EntryStatus.ACTIVE,
                        List.of(),
                        content.evaluationLevel(),
                        position)
                .of(person);
    }

    /** The same entry, repeating the employee as {@code person} says they are now. */
    TimelineEntryDocument of(TimelinePerson person) {
        return new TimelineEntryDocument(
                entryId,
                employeeId,
                person.employeeName(),
                person.unitId(),
                person.unitPath(),
                person.personnelType(),
                person.positionLevel(),
                kind,
                businessDate,
                recordedAt,
                fiscalYear,
                title,
                text,
                details,
                status,
                corrections,
                evaluationLevel,
                lastGlobalIndex);
    }

    /** The same entry saying {@code content}, its status and corrections unchanged. */
    TimelineEntryDocument saying(EntryContent content) {
        return new TimelineEntryDocument(
                entryId,
                employeeId,
                employeeName,
                unitId,
                unitPath,
                personnelType,
                positionLevel,
                kind,
                content.businessDate(),
                recordedAt,
                content.fiscalYearValue(),
                content.title(),
                content.text(),
                content.details(),
                status,
                corrections,
                content.evaluationLevel(),
                lastGlobalIndex);
    }

    /** The same entry with {@code name}, wherever its title or text repeats it, shown as erased. */
    TimelineEntryDocument withoutName(String name) {
        if (name == null || name.isEmpty()) {
            return this;
        }
        return new TimelineEntryDocument(
                entryId,
                employeeId,
                employeeName,
                unitId,
                unitPath,
                personnelType,
                positionLevel,
                kind,
                businessDate,
                recordedAt,
                fiscalYear,
                title.replace(name, Erasure.ERASED),
                text.replace(name, Erasure.ERASED),
                details,
                status,
                corrections,
                evaluationLevel,
                lastGlobalIndex);
    }

    /** Struck through and replaced by {@code content}; {@code correction} keeps what it said before. */
    TimelineEntryDocument corrected(EntryContent content, EntryCorrection correction) {
        return saying(content).amended(EntryStatus.CORRECTED, correction);
    }

    TimelineEntryDocument retracted(EntryCorrection retraction) {
        return amended(EntryStatus.RETRACTED, retraction);
    }

    TimelineEntryDocument inUnitPath(List<String> newUnitPath) {
        return new TimelineEntryDocument(
                entryId,
                employeeId,
                employeeName,
                unitId,
                newUnitPath,
                personnelType,
                positionLevel,
                kind,
                businessDate,
                recordedAt,
                fiscalYear,
                title,
                text,
                details,
                status,
                corrections,
                evaluationLevel,
                lastGlobalIndex);
    }

    TimelineEntryDocument at(long position) {
        return new TimelineEntryDocument(
                entryId,
                employeeId,
                employeeName,
                unitId,
                unitPath,
                personnelType,
                positionLevel,
                kind,
                businessDate,
                recordedAt,
                fiscalYear,
                title,
                text,
                details,
                status,
                corrections,
                evaluationLevel,
                position);
    }

    TimelineEntry toEntry() {
        return new TimelineEntry(
                entryId,
                new EmployeeId(employeeId),
                employeeName,
                unitId == null ? null : new OrganisationUnitId(unitId),
                personnelType,
                positionLevel,
                kind,
                businessDate,
                recordedAt,
                new FiscalYear(fiscalYear),
                title,
                text,
                details,
                status,
                corrections,
                evaluationLevel);
    }

    private TimelineEntryDocument amended(EntryStatus newStatus, EntryCorrection correction) {
        var all = new ArrayList<>(corrections);
        all.add(correction);
        return new TimelineEntryDocument(
                entryId,
                employeeId,
                employeeName,
                unitId,
                unitPath,
                personnelType,
                positionLevel,
                kind,
                businessDate,
                recordedAt,
                fiscalYear,
                title,
                text,
                details,
                newStatus,
                List.copyOf(all),
                evaluationLevel,
                lastGlobalIndex);
    }
}
